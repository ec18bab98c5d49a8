import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProtectionSummary } from '../../../api/reporting.ts';
import { Tag } from '../../../components/Tag.tsx';
import { formatDate } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';

const wrap = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** The protection requests of one report: what happened, the prosecutor's deadline, the answer. */
export function ProtectionList({ items }: { items: readonly ProtectionSummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'reporting.protection' as const;
  if (items.length === 0) {
    return (
      <Text c="dimmed" data-empty>
        {t(`${n}.none`)}
      </Text>
    );
  }
  return (
    <Stack component="ul" gap="sm" className="akniet-plain-list">
      {items.map((p) => (
        <li key={p.id}>
          <Paper withBorder p="sm" data-protection={p.id} data-deadline={p.deadline}>
            <Group justify="space-between" gap="xs">
              <Text fw={700}>{t(`${n}.kinds.${p.kind}`)}</Text>
              <Tag color={p.status === 'open' ? 'orange' : 'green'}>
                {t(`${n}.statuses.${p.status}`)}
              </Tag>
            </Group>
            <dl className="akniet-facts">
              <dt>{t(`${n}.openedAt`)}</dt>
              <dd>
                {formatDate(p.openedAt, language)} · {t(`${n}.openedByWho.${p.openedBy}`)}
              </dd>
              {p.occurredOn && (
                <>
                  <dt>{t(`${n}.occurredOn`)}</dt>
                  <dd>{formatDate(p.occurredOn, language)}</dd>
                </>
              )}
              <dt>{t(`${n}.deadline`)}</dt>
              <dd data-deadline-text>{formatDate(p.deadline, language)}</dd>
            </dl>
            <Text size="sm" mt="xs" style={wrap}>
              {p.details}
            </Text>
            {p.status === 'answered' && (
              <Paper bg="gray.0" p="xs" mt="xs">
                <Text size="sm" fw={600}>
                  {t(`${n}.answer`)}
                  {p.outcome ? `: ${t(`${n}.outcomes.${p.outcome}`)}` : ''}
                  {p.answeredAt ? ` · ${formatDate(p.answeredAt, language)}` : ''}
                </Text>
                {p.answer && (
                  <Text size="sm" style={wrap}>
                    {p.answer}
                  </Text>
                )}
              </Paper>
            )}
          </Paper>
        </li>
      ))}
    </Stack>
  );
}
