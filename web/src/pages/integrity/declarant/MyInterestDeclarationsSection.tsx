import { Alert, Anchor, Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyInterestDeclaration } from '../../../api/types.ts';
import { Tag } from '../../../components/Tag.tsx';
import { formatDate, formatDateTime } from '../../../format/dates.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import '../../declarations/form/form.css';

export const NEW_INTEREST_DECLARATION = '/my-conflicts/interests/new';
export const interestDeclarationPath = (id: string) =>
  `/my-conflicts/interests/${encodeURIComponent(id)}`;

/** The declarant's private-interest declarations: the latest is in force, each earlier one superseded. */
export function MyInterestDeclarationsSection({
  declarations,
  mayFile,
}: {
  declarations: readonly MyInterestDeclaration[];
  /** False when the account is not in the register of declarants. */
  mayFile: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const sorted = [...declarations].sort((a, b) => b.filedAt.localeCompare(a.filedAt));
  return (
    <section aria-labelledby="my-interest-declarations-title" data-my-interest-declarations>
      <Group justify="space-between" align="flex-end" gap="sm" mb="xs">
        <Title order={2} fz="xl" id="my-interest-declarations-title">
          {t('myConflicts.interests.title')}
        </Title>
        {mayFile && (
          <Button component={Link} to={NEW_INTEREST_DECLARATION} data-new-interest-declaration>
            {t('myConflicts.interests.new')}
          </Button>
        )}
      </Group>
      {sorted.length === 0 ? (
        <Alert color="gray" variant="light" data-empty="interest-declarations">
          <Text size="sm" className="akniet-reading">
            {t('myConflicts.interests.empty')}
          </Text>
        </Alert>
      ) : (
        <ul className="akniet-plain-list akniet-stack-sm">
          {sorted.map((d, index) => (
            <li key={d.id}>
              <Card withBorder padding="md" data-interest-declaration={d.id}>
                <Stack gap="xs">
                  <Group justify="space-between" align="flex-start" gap="xs">
                    <Title order={3} fz="md">
                      <Anchor
                        component={Link}
                        to={interestDeclarationPath(d.id)}
                        aria-label={t('myConflicts.interests.open', {
                          date: formatDateTime(d.filedAt, language),
                        })}
                      >
                        {t('myConflicts.interests.filedOn', {
                          date: formatDateTime(d.filedAt, language),
                        })}
                      </Anchor>
                    </Title>
                    <Tag color={index === 0 ? 'green' : 'gray'}>
                      {index === 0
                        ? t('myConflicts.interests.current')
                        : t('myConflicts.interests.superseded')}
                    </Tag>
                  </Group>
                  <dl className="akniet-declaration-facts">
                    <dt>{t('myConflicts.interests.occasion')}</dt>
                    <dd>{t(`conflictTerms.occasions.${d.occasion}`)}</dd>
                    <dt>{t('myConflicts.interests.post')}</dt>
                    <dd>{d.post}</dd>
                    <dt>{t('myConflicts.interests.effectiveOn')}</dt>
                    <dd>{formatDate(d.effectiveOn, language)}</dd>
                    <dt>{t('myConflicts.interests.filedAt')}</dt>
                    <dd>{formatDateTime(d.filedAt, language)}</dd>
                    <dt>{t('myConflicts.interests.declared')}</dt>
                    <dd>
                      {t('myConflicts.interests.counts', {
                        relatives: d.counts.relatives,
                        companies: d.counts.companies,
                        activities: d.counts.paidActivities,
                        associations: d.counts.associations,
                      })}
                    </dd>
                    <dt>{t('myConflicts.interests.receipt')}</dt>
                    <dd>
                      <Code style={{ overflowWrap: 'anywhere', whiteSpace: 'normal' }}>
                        {d.receipt}
                      </Code>
                    </dd>
                  </dl>
                </Stack>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
