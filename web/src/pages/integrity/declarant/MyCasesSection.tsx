import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyConflictCase, MyConflictNotification } from '../../../api/types.ts';
import { Tag } from '../../../components/Tag.tsx';
import { formatDate } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { CASE_STATE_COLOR, caseAsk, orderedMeasure } from './caseAsk.ts';

/** The cases the State Personnel Service keeps about the declarant, and what each asks of them. */
export function MyCasesSection({
  cases,
  notifications,
  onNotify,
}: {
  cases: readonly MyConflictCase[];
  notifications: readonly MyConflictNotification[];
  onNotify: (caseId: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="my-conflict-cases-title" data-my-cases>
      <Title order={2} fz="xl" id="my-conflict-cases-title" mb="xs">
        {t('myConflicts.cases.title')}
      </Title>
      {cases.length === 0 ? (
        <Alert color="gray" variant="light" data-empty="cases">
          <Text size="sm" className="akniet-reading">
            {t('myConflicts.cases.empty')}
          </Text>
        </Alert>
      ) : (
        <ul className="akniet-plain-list akniet-stack-sm">
          {cases.map((c) => {
            const ask = caseAsk(c);
            const measure = ask === 'carryOut' ? orderedMeasure(c.id, notifications) : null;
            return (
              <li key={c.id}>
                <Card withBorder padding="md" data-case={c.id} data-case-state={c.state}>
                  <Stack gap="xs">
                    <Group justify="space-between" align="flex-start" gap="xs">
                      <Title order={3} fz="md" style={{ overflowWrap: 'anywhere' }}>
                        {c.summary}
                      </Title>
                      <Tag color={CASE_STATE_COLOR[c.state]}>
                        {t(`conflictTerms.caseStates.${c.state}`)}
                      </Tag>
                    </Group>
                    <Text size="sm" c="gray.8">
                      {t('myConflicts.cases.openedOn', { date: formatDate(c.openedAt, language) })}
                      {c.outcome && c.closedAt
                        ? ` · ${t('myConflicts.cases.closedWith', {
                            date: formatDate(c.closedAt, language),
                            outcome: t(`conflictTerms.outcomes.${c.outcome}`),
                          })}`
                        : ''}
                    </Text>
                    <Text size="sm" data-ask={ask}>
                      <Text span fw={700}>
                        {t('myConflicts.cases.askLabel')}
                      </Text>{' '}
                      {ask === 'carryOut' && measure
                        ? t('myConflicts.cases.ask.carryOutMeasure', {
                            measure: t(`conflictTerms.measures.${measure}`),
                          })
                        : t(`myConflicts.cases.ask.${ask}`)}
                    </Text>
                    {c.state === 'open' && (
                      <Group justify="flex-end">
                        <Button
                          variant={ask === 'notify' ? 'filled' : 'light'}
                          onClick={() => onNotify(c.id)}
                          aria-label={t('myConflicts.cases.notifyIn', { summary: c.summary })}
                          data-notify-case={c.id}
                        >
                          {t('myConflicts.cases.notify')}
                        </Button>
                      </Group>
                    )}
                  </Stack>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
