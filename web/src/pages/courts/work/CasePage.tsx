import '../courts.css';
import '../../declarations/public/cardTable.css';
import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/ApiError.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { SuccessNotice } from '../../../components/SuccessNotice.tsx';
import { Tag } from '../../../components/Tag.tsx';
import { TableScroll } from '../../../components/table/TableScroll.tsx';
import { formatDateTime } from '../../../format/dates.ts';
import { localize } from '../../../format/localized.ts';
import { useLanguage } from '../../../i18n/useLanguage.ts';
import { useCourtCase } from '../queries.ts';
import { CaseHistory } from './CaseHistory.tsx';
import { ReallocateModal } from './ReallocateModal.tsx';
import { RecusalModal } from './RecusalModal.tsx';

/**
 * One case for the court administrator: its facts and parties, every allocation with its
 * eligible set and the judges left out (and why), recusals; and the two lawful ways to change
 * the judge, each asked once more. There is deliberately no way to choose a judge.
 */
export function CasePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id } = useParams();
  const kase = useCourtCase(id);
  const d = kase.data;
  const [dialog, setDialog] = useState<'recusal' | 'reallocate' | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const c = 'courts.case' as const;
  const notFound = isApiError(kase.error) && kase.error.status === 404;
  const done = (message: string) => {
    setDialog(null);
    setSaved(message);
  };

  return (
    <Stack gap="lg">
      <Anchor
        component={Link}
        to={d ? `/work/courts?court=${encodeURIComponent(d.court.code)}&tab=cases` : '/work/courts'}
        size="sm"
      >
        {t(`${c}.back`)}
      </Anchor>
      {notFound && (
        <>
          <PageTitle>{t(`${c}.notFoundTitle`)}</PageTitle>
          <Text>{t(`${c}.notFound`)}</Text>
        </>
      )}
      {kase.isError && !notFound && (
        <ErrorAlert error={kase.error} onRetry={() => kase.refetch()} />
      )}
      {kase.isPending && <Loading />}
      {d && (
        <>
          <div>
            <PageTitle>{t(`${c}.title`, { number: d.number })}</PageTitle>
            <Group gap="xs">
              <Tag color={d.status === 'allocated' ? 'green' : 'orange'}>
                {t(`courts.work.cases.statuses.${d.status}`)}
              </Tag>
            </Group>
          </div>
          <SuccessNotice message={saved} onClose={() => setSaved(null)} />
          <dl className="akniet-court-facts" data-case-facts>
            {(
              [
                ['court', localize(d.court.name, language)],
                ['category', localize(d.categoryName, language) || d.category],
                ['filedAt', formatDateTime(d.filedAt, language)],
                ['judge', d.judge?.name ?? t('common.none')],
                ['earlier', d.earlierCase?.number ?? t('common.none')],
              ] as const
            ).map(([key, value]) => (
              <div key={key}>
                <dt>
                  <Text span size="sm" c="gray.8">
                    {t(`${c}.facts.${key}`)}
                  </Text>
                </dt>
                <dd>
                  <Text span fw={600} data-fact={key}>
                    {value}
                  </Text>
                </dd>
              </div>
            ))}
          </dl>
          <section aria-labelledby="case-claim">
            <Title order={2} fz="lg" id="case-claim" mb="xs">
              {t(`${c}.claim`)}
            </Title>
            <Text className="akniet-reading" style={{ whiteSpace: 'pre-line' }}>
              {d.claim}
            </Text>
          </section>
          <section aria-labelledby="case-parties">
            <Title order={2} fz="lg" id="case-parties" mb="xs">
              {t(`${c}.parties`)}
            </Title>
            <TableScroll label={t(`${c}.parties`)}>
              <Table striped verticalSpacing="xs" className="akniet-card-table" data-parties-table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t(`${c}.partyColumns.name`)}</Table.Th>
                    <Table.Th>{t(`${c}.partyColumns.role`)}</Table.Th>
                    <Table.Th>{t(`${c}.partyColumns.identifier`)}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.parties.map((party, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: parties are listed as filed and never reorder
                    <Table.Tr key={index}>
                      <Table.Td data-card-title>{party.name}</Table.Td>
                      <Table.Td data-label={t(`${c}.partyColumns.role`)}>
                        {t(`courts.partyRoles.${party.role}`)}
                      </Table.Td>
                      <Table.Td data-label={t(`${c}.partyColumns.identifier`)}>
                        {party.identifier || t('common.none')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </section>
          <section aria-labelledby="case-actions">
            <Title order={2} fz="lg" id="case-actions" mb="xs">
              {t(`${c}.actions`)}
            </Title>
            <Text size="sm" c="gray.8" mb="sm" className="akniet-reading">
              {t(`${c}.actionsIntro`)}
            </Text>
            <Group gap="sm">
              <Button variant="light" onClick={() => setDialog('recusal')} data-record-recusal>
                {t(`${c}.recusal.open`)}
              </Button>
              <Button
                variant="light"
                onClick={() => setDialog('reallocate')}
                disabled={!d.judge}
                data-reallocate
              >
                {t(`${c}.reallocate.open`)}
              </Button>
            </Group>
          </section>
          <section aria-labelledby="case-history">
            <Title order={2} fz="lg" id="case-history" mb="xs">
              {t(`${c}.history`)}
            </Title>
            <CaseHistory history={d.history} />
          </section>
          {dialog === 'recusal' && (
            <RecusalModal kase={d} onDone={done} onClose={() => setDialog(null)} />
          )}
          {dialog === 'reallocate' && (
            <ReallocateModal kase={d} onDone={done} onClose={() => setDialog(null)} />
          )}
        </>
      )}
    </Stack>
  );
}
