import '../../declarations/public/cardTable.css';
import '../courts.css';
import { Alert, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { formatCount } from '../../../format/numbers.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { formatDay } from '../terms.ts';
import type { VerificationReport } from './runVerification.ts';

const COUNTS = ['entries', 'allocationsChecked', 'allocationsPending', 'daysSigned'] as const;
type Column = 'problem' | 'seq' | 'day' | 'caseNumber' | 'message';

/** The verdict: OK with what was counted, or every problem named with where it is. */
export function VerificationResult({ report }: { report: VerificationReport }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const v = 'courts.verify' as const;
  const column = (key: Column) => t(`${v}.problemColumns.${key}`);
  const range = { from: formatDay(report.from, language), to: formatDay(report.to, language) };
  // A code this page does not know yet is still shown, by its name.
  const problemText = (code: string) =>
    i18n.exists(`courts.verify.problems.${code}`)
      ? t(`courts.verify.problems.${code}` as 'courts.verify.problems.hash-mismatch')
      : code;

  return (
    <Stack gap="md" mt="md" data-verify-result={report.ok ? 'ok' : 'problems'}>
      <Alert
        role="status"
        color={report.ok ? 'green' : 'red'}
        variant="light"
        title={
          report.ok ? t(`${v}.okTitle`) : t(`${v}.failTitle`, { count: report.problems.length })
        }
        styles={{ title: { color: 'var(--mantine-color-gray-9)' } }}
      >
        <Text size="sm">{report.ok ? t(`${v}.okText`, range) : t(`${v}.failText`, range)}</Text>
      </Alert>
      <dl className="akniet-court-facts" data-verify-counts>
        {COUNTS.map((key) => (
          <div key={key}>
            <dt>
              <Text span size="sm" c="gray.8">
                {t(`${v}.counts.${key}`)}
              </Text>
            </dt>
            <dd>
              <Text span fw={600} data-count={key} data-value={report[key]}>
                {formatCount(report[key], language)}
              </Text>
            </dd>
          </div>
        ))}
      </dl>
      {report.allocationsPending > 0 && (
        <Text size="sm" c="gray.8" className="akniet-reading">
          {t(`${v}.pendingNote`)}
        </Text>
      )}
      {report.problems.length > 0 && (
        <TableScroll label={t(`${v}.problemsLabel`)}>
          <Table
            striped
            verticalSpacing="sm"
            className="akniet-card-table"
            style={{ '--card-table-min': '900px' }}
            data-problems-table
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{column('problem')}</Table.Th>
                <Table.Th data-numeric>{column('seq')}</Table.Th>
                <Table.Th>{column('day')}</Table.Th>
                <Table.Th>{column('caseNumber')}</Table.Th>
                <Table.Th>{column('message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.problems.map((problem, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: problems have no identity; the list never reorders
                <Table.Tr key={index} data-problem={problem.code}>
                  <Table.Td data-card-title data-wide>
                    <Text span fw={600}>
                      {problemText(problem.code)}
                    </Text>
                    <Text span size="xs" c="gray.8" ff="monospace" display="block">
                      {problem.code}
                    </Text>
                  </Table.Td>
                  <Table.Td data-label={column('seq')} data-numeric>
                    {problem.seq ?? t('common.none')}
                  </Table.Td>
                  <Table.Td data-label={column('day')}>
                    {problem.day ? formatDay(problem.day, language) : t('common.none')}
                  </Table.Td>
                  <Table.Td data-label={column('caseNumber')}>
                    {problem.caseNumber ?? t('common.none')}
                  </Table.Td>
                  <Table.Td data-label={column('message')} data-wide>
                    <Text span size="sm" lang="en">
                      {problem.message}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
