import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { formatDateTime } from '../../../format/dates.ts';
import { formatCount } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { useOcdsImport } from '../queries.ts';
import { ImportCounts } from './ImportCounts.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { ImportStateTag } from './ImportStateTag.tsx';

/**
 * One import, kept current while it runs: its state, progress and counts, why it failed, and the
 * refused lines with their numbers (the server keeps the first ones).
 */
export function ImportDetails({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const detail = useOcdsImport(id);
  const d = detail.data;
  const i = 'procurement.imports' as const;
  return (
    <Card withBorder padding="md" data-import-detail={id} data-state={d?.state}>
      {detail.isError && <ErrorAlert error={detail.error} onRetry={() => detail.refetch()} />}
      {detail.isPending && <Loading />}
      {d && (
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Title order={2} fz="lg" style={{ overflowWrap: 'anywhere' }}>
              {t(`${i}.detailsOf`, { source: d.source })}
            </Title>
            <Button variant="subtle" size="compact-sm" onClick={onClose}>
              {t(`${i}.closeDetails`)}
            </Button>
          </Group>
          <Group gap="sm" wrap="wrap">
            <ImportStateTag state={d.state} />
            {d.format && (
              <Text size="sm">
                {t(`${i}.format`)}:{' '}
                {d.format === 'lines' || d.format === 'package'
                  ? t(`${i}.formats.${d.format}`)
                  : d.format}
              </Text>
            )}
            {d.finishedAt && (
              <Text size="sm" c="gray.7">
                {t(`${i}.finishedAt`, { date: formatDateTime(d.finishedAt, language) })}
              </Text>
            )}
          </Group>
          <ImportProgress item={d} />
          <ImportCounts item={d} />
          {d.failure && (
            <Alert color="red" variant="light" role="alert">
              {t(`${i}.failure`, { failure: d.failure })}
            </Alert>
          )}
          {d.state === 'done' && d.created + d.updated > 0 && (
            <Text size="sm" c="gray.8">
              {t(`${i}.analysis`)}
            </Text>
          )}
          <Title order={3} fz="md">
            {t(`${i}.problems`)}
          </Title>
          {d.problems.length === 0 ? (
            // The refused lines are recorded when the import ends; until then only their count.
            <Text size="sm" c="dimmed" data-no-problems={d.refused === 0 || undefined}>
              {d.refused === 0 ? t(`${i}.problemsNone`) : t(`${i}.problemsLater`)}
            </Text>
          ) : (
            <>
              <ul className="akniet-reading-list" data-problems>
                {d.problems.map((p) => (
                  <li key={`${p.line}:${p.message}`} data-line={p.line}>
                    <Text span size="sm" fw={600}>
                      {t(`${i}.line`, { line: formatCount(p.line, language) })}
                    </Text>
                    <Text span size="sm">
                      {': '}
                      {p.message}
                    </Text>
                  </li>
                ))}
              </ul>
              {d.refused > d.problems.length && (
                <Text size="sm" c="gray.7">
                  {t(`${i}.problemsMore`, { shown: d.problems.length, count: d.refused })}
                </Text>
              )}
            </>
          )}
        </Stack>
      )}
    </Card>
  );
}
