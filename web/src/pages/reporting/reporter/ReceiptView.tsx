import { Alert, Button, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmittedReport } from '../../../api/reporting.ts';
import { formatFileSize } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { MetadataSummary } from '../shared/MetadataSummary.tsx';

/**
 * Right after sending: the receipt (shown this once, never again), the public reference, and for
 * each file what was taken out of it. Focus lands on the heading so the news is read first.
 */
export function ReceiptView({
  result,
  onFollowUp,
}: {
  result: SubmittedReport;
  onFollowUp: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  const n = 'reporting.receipt' as const;
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <Stack gap="lg" data-receipt-view>
      <Title order={2} ref={heading} tabIndex={-1} data-sent>
        {t(`${n}.title`)}
      </Title>
      <Alert
        color="red"
        variant="filled"
        title={t(`${n}.warningTitle`)}
        role="alert"
        styles={{ title: { fontSize: 'var(--mantine-font-size-lg)' } }}
      >
        {t(`${n}.warning`)}
      </Alert>
      <Paper withBorder p="md" radius="md" shadow="xs">
        <Text size="sm" fw={600} id="receipt-label">
          {t(`${n}.label`)}
        </Text>
        <Text
          component="p"
          className="akniet-receipt"
          my="sm"
          aria-labelledby="receipt-label"
          data-receipt={result.receipt}
        >
          {result.receipt}
        </Text>
        <CopyButton value={result.receipt} timeout={4000}>
          {({ copied, copy }) => (
            <Button
              onClick={copy}
              variant={copied ? 'light' : 'filled'}
              color={copied ? 'green' : 'blue'}
              data-copy-receipt
            >
              {copied ? t(`${n}.copied`) : t(`${n}.copy`)}
            </Button>
          )}
        </CopyButton>
        <Text size="xs" c="gray.7" mt="xs">
          {t(`${n}.copyHint`)}
        </Text>
      </Paper>
      <Text>
        {t(`${n}.reference`)}{' '}
        <Text span ff="monospace" fw={700} data-reference>
          {result.reference}
        </Text>
      </Text>
      <Text size="sm" c="gray.7">
        {t(`${n}.referenceHint`)}
      </Text>
      {result.attachments.length > 0 && (
        <section aria-labelledby="receipt-files">
          <Title order={3} size="h4" id="receipt-files" mb="xs">
            {t(`${n}.files`)}
          </Title>
          <Stack gap="sm">
            {result.attachments.map((file, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the server's list, shown once, never reordered
              <Paper withBorder p="sm" key={`${file.name}-${i}`} data-attachment-report>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {file.name}{' '}
                  <Text span size="xs" c="gray.7">
                    ({formatFileSize(file.size, language)})
                  </Text>
                </Text>
                <MetadataSummary file={file} />
              </Paper>
            ))}
          </Stack>
        </section>
      )}
      <Group>
        <Button onClick={onFollowUp} data-follow-up>
          {t(`${n}.followUp`)}
        </Button>
      </Group>
      <Text size="sm" c="gray.7">
        {t(`${n}.followUpHint`)}
      </Text>
    </Stack>
  );
}
