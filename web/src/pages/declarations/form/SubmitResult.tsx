import { Alert, Card, Code, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationSubmitted } from '../../../api/types.ts';
import { formatDateTime } from '../../../format/dates.ts';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import './form.css';

/**
 * What submission gave: the receipt, the version, on time or late, and the automated check's
 * result; a full check comes with the findings behind it, in the user's language.
 */
export function SubmitResult({ result }: { result: DeclarationSubmitted }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const check = result.check;

  return (
    <Card withBorder padding="md" data-submit-result={result.version}>
      <Stack gap="sm">
        <Title order={2} fz="xl" ref={heading} tabIndex={-1} c="green.9">
          {t('declarationForm.result.title')}
        </Title>
        <dl className="akniet-declaration-facts">
          <dt>{t('declarationForm.result.receipt')}</dt>
          <dd>
            <Code style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }} data-receipt>
              {result.receipt}
            </Code>
          </dd>
          <dt>{t('declarationForm.result.version')}</dt>
          <dd data-version>{result.version}</dd>
          <dt>{t('declarationForm.result.submittedAt')}</dt>
          <dd>{formatDateTime(result.submittedAt, language)}</dd>
          <dt>{t('declarationForm.result.timeliness')}</dt>
          <dd data-late={result.late}>
            {result.late ? t('declarationForm.result.late') : t('declarationForm.result.onTime')}
          </dd>
        </dl>
        <Text size="sm" c="gray.8">
          {t('declarationForm.result.receiptHint')}
        </Text>
        <Title order={3} fz="lg">
          {t('declarationForm.result.checkTitle')}
        </Title>
        {check === null ? (
          <Text data-check-outcome="later">{t('declarationForm.result.later')}</Text>
        ) : check.outcome === 'full_check' ? (
          <Alert color="orange" variant="light" data-check-outcome="full_check">
            <Text>{t('declarationForm.result.fullCheck')}</Text>
            {check.findings.length > 0 && (
              <>
                <Text fw={700} mt="sm">
                  {t('declarationForm.result.findingsTitle')}
                </Text>
                <ul className="akniet-reading-list" data-findings>
                  {check.findings.map((f, k) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a finding's code may repeat
                    <li key={k} data-finding={f.code}>
                      {localize(f.explanation, language)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Alert>
        ) : (
          <Alert color="green" variant="light" data-check-outcome="checked">
            {t('declarationForm.result.checked')}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
