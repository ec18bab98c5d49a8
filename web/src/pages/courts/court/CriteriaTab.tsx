import '../../declarations/public/cardTable.css';
import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CourtDetail } from '../../../api/types.ts';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { formatDateTime } from '../../../format/dates.ts';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { formatDay, specialisationText } from '../terms.ts';
import { JudgesTable } from './JudgesTable.tsx';
import { RulesFacts } from './RulesFacts.tsx';

/**
 * The published criteria: the rules version in force and the one waiting for its day, the
 * points of each case category, and every judge with their specialisations, load and absences.
 */
export function CriteriaTab({ court }: { court: CourtDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const c = 'courts.criteria' as const;
  const points = court.rules?.rules.categoryPoints ?? {};
  const column = (key: 'name' | 'specialisation' | 'points') => t(`${c}.categoryColumns.${key}`);

  return (
    <Stack gap="xl">
      <Alert
        color="blue"
        variant="light"
        title={t(`${c}.nextDayTitle`)}
        styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
        data-next-day
      >
        {t(`${c}.nextDay`)}
      </Alert>
      <section aria-labelledby="court-rules">
        <Title order={2} fz="lg" id="court-rules" mb="xs">
          {t(`${c}.rulesTitle`)}
        </Title>
        {court.rules ? (
          <Stack gap="sm" data-rules-version={court.rules.version}>
            <Text>
              {t(`${c}.version`, {
                version: court.rules.version,
                date: formatDay(court.rules.effectiveFrom, language),
              })}{' '}
              <Text span c="gray.8" size="sm">
                {t(`${c}.published`, { date: formatDateTime(court.rules.publishedAt, language) })}
              </Text>
            </Text>
            <RulesFacts rules={court.rules.rules} />
            <Text size="sm" c="gray.8" className="akniet-reading">
              {t(`${c}.weightExplained`)}
            </Text>
          </Stack>
        ) : (
          <Text c="dimmed">{t(`${c}.noRules`)}</Text>
        )}
        {court.pendingRules && (
          <Alert
            color="orange"
            variant="light"
            mt="md"
            title={t(`${c}.pendingTitle`, {
              version: court.pendingRules.version,
              date: formatDay(court.pendingRules.effectiveFrom, language),
            })}
            styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
            data-pending-rules={court.pendingRules.version}
          >
            <RulesFacts rules={court.pendingRules.rules} />
          </Alert>
        )}
      </section>
      <section aria-labelledby="court-categories">
        <Title order={2} fz="lg" id="court-categories" mb="xs">
          {t(`${c}.categoriesTitle`)}
        </Title>
        <Text size="sm" c="gray.8" mb="xs" className="akniet-reading">
          {t(`${c}.categoriesIntro`)}
        </Text>
        <TableScroll label={t(`${c}.categoriesTitle`)}>
          <Table
            striped
            verticalSpacing="xs"
            className="akniet-card-table"
            style={{ '--card-table-min': '520px' }}
            data-categories-table
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{column('name')}</Table.Th>
                <Table.Th>{column('specialisation')}</Table.Th>
                <Table.Th data-numeric>{column('points')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {court.categories.map((category) => (
                <Table.Tr key={category.code} data-category={category.code}>
                  <Table.Td data-card-title>{localize(category.name, language)}</Table.Td>
                  <Table.Td data-label={column('specialisation')}>
                    {specialisationText(t, category.specialisation)}
                  </Table.Td>
                  <Table.Td data-label={column('points')} data-numeric>
                    {points[category.code] ?? category.points ?? t('common.none')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </section>
      <section aria-labelledby="court-judges">
        <Title order={2} fz="lg" id="court-judges" mb="xs">
          {t(`${c}.judgesTitle`)}
        </Title>
        <JudgesTable court={court} />
      </section>
    </Stack>
  );
}
