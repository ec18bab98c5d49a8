import '../shared/conflicts.css';
import { Anchor, Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listNotificationsToDecide } from '../../../../api/endpoints.ts';
import type { NotificationToDecide } from '../../../../api/types.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { Loading } from '../../../../components/Loading.tsx';
import { PageTitle } from '../../../../components/PageTitle.tsx';
import { SuccessNotice } from '../../../../components/SuccessNotice.tsx';
import { ListFooter } from '../../../../components/table/ListFooter.tsx';
import { SearchBox } from '../../../../components/table/SearchBox.tsx';
import { useListParams } from '../../../../components/table/useListParams.ts';
import { formatDate } from '../../../../format/dates.ts';
import { useLanguage } from '../../../../i18n/useLanguage.ts';
import { CONFLICTS_KEY } from '../queries.ts';
import { MeasureDecided } from '../shared/MeasureDecided.tsx';
import { DecideMeasureModal } from './DecideMeasureModal.tsx';

const PAGE_SIZE = 20;
type Shown = 'filed' | 'decided';

/**
 * The head's notifications: officials of their own body who reported a conflict. Those waiting
 * for a decision come first, the longest waiting on top; decided ones show the measure.
 */
export function NotificationsToDecidePage() {
  const { t } = useTranslation();
  const list = useListParams({ sort: 'filed' });
  const shown: Shown = list.filter('state') === 'decided' ? 'decided' : 'filed';
  const [deciding, setDeciding] = useState<NotificationToDecide | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const n = 'conflictWork.toDecide' as const;
  const filters = {
    state: shown,
    search: list.q,
    // Waiting ones oldest first (who waits longest); decided ones newest first.
    sort: shown === 'filed' ? 'filed' : '-filed',
  };
  const notifications = useQuery({
    queryKey: [...CONFLICTS_KEY, 'to-decide', filters, list.page],
    queryFn: () => listNotificationsToDecide({ ...filters, page: list.page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <PageTitle>{t(`${n}.title`)}</PageTitle>
      <Text className="akniet-reading">{t(`${n}.intro`)}</Text>
      <Group align="flex-end" gap="md" role="search" aria-label={t(`${n}.filters`)}>
        <NativeSelect
          label={t(`${n}.shown`)}
          value={shown}
          onChange={(e) =>
            list.setFilter('state', e.currentTarget.value === 'decided' ? 'decided' : null)
          }
          data={[
            { value: 'filed', label: t(`${n}.filed`) },
            { value: 'decided', label: t(`${n}.decided`) },
          ]}
          w={{ base: '100%', sm: 240 }}
          data-filter="state"
        />
        <SearchBox
          label={t(`${n}.search`)}
          placeholder={t(`${n}.searchPlaceholder`)}
          value={list.q}
          onSearch={list.setQ}
        />
      </Group>
      <SuccessNotice message={done} onClose={() => setDone(null)} />
      {notifications.isError && (
        <ErrorAlert error={notifications.error} onRetry={() => notifications.refetch()} />
      )}
      {notifications.isPending && <Loading />}
      {notifications.data &&
        (notifications.data.items.length === 0 ? (
          <Text c="dimmed" data-empty>
            {list.q ? t('common.noResults') : t(`${n}.empty.${shown}`)}
          </Text>
        ) : (
          <>
            <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {notifications.data.items.map((item) => (
                <NotificationCard key={item.id} item={item} onDecide={() => setDeciding(item)} />
              ))}
            </Stack>
            <ListFooter
              total={notifications.data.total}
              page={list.page}
              pageSize={PAGE_SIZE}
              onPage={list.setPage}
            />
          </>
        ))}
      {deciding && (
        <DecideMeasureModal
          notification={deciding}
          onClose={() => setDeciding(null)}
          onDecided={() => {
            setDone(t(`${n}.decidedNotice`, { name: deciding.declarant.fullName }));
            setDeciding(null);
          }}
        />
      )}
    </Stack>
  );
}

function NotificationCard({
  item,
  onDecide,
}: {
  item: NotificationToDecide;
  onDecide: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const n = 'conflictWork.notification' as const;
  return (
    <Paper component="li" withBorder p="md" radius="md" data-notification={item.id}>
      <Text component="h2" fw={700} fz="md" m={0}>
        {item.declarant.fullName}
      </Text>
      <Text size="sm" c="gray.7" mb="sm">
        {item.post}
      </Text>
      <dl className="akniet-facts akniet-conflict-facts">
        <dt>{t(`${n}.filedAt`)}</dt>
        <dd>{formatDate(item.filedAt, language)}</dd>
        <dt>{t(`${n}.relatedParty`)}</dt>
        <dd>{item.relatedParty}</dd>
        <dt>{t(`${n}.description`)}</dt>
        <dd style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{item.description}</dd>
        <dt>{t(`${n}.case`)}</dt>
        <dd>
          {item.caseId ? (
            <Anchor component={Link} to={`/work/conflict-cases/${item.caseId}`} size="sm">
              {t(`${n}.openCase`)}
            </Anchor>
          ) : (
            t(`${n}.noCase`)
          )}
        </dd>
      </dl>
      {item.state === 'filed' ? (
        <Group justify="flex-end" mt="sm">
          <Button
            onClick={onDecide}
            aria-label={`${t('conflictWork.decide.open')}: ${item.declarant.fullName}`}
            data-action="decide"
          >
            {t('conflictWork.decide.open')}
          </Button>
        </Group>
      ) : (
        <MeasureDecided notification={item} />
      )}
    </Paper>
  );
}
