import { Anchor, Box, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from '../api/endpoints.ts';
import type { Notification } from '../api/types.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Loading } from '../components/Loading.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { Tag } from '../components/Tag.tsx';
import { ListFooter } from '../components/table/ListFooter.tsx';
import { useListParams } from '../components/table/useListParams.ts';
import { formatDateTime } from '../format/dates.ts';
import { localize } from '../format/localized.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { NOTIFICATIONS_KEY } from '../notifications/keys.ts';

const PAGE_SIZE = 20;

/** The signed-in user's notifications, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const list = useListParams({ sort: '' });
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY });

  const notifications = useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list', { page: list.page }],
    queryFn: () => listNotifications({ page: list.page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const markOne = useMutation({ mutationFn: markNotificationRead, onSettled: refresh });
  const markAll = useMutation({ mutationFn: markAllNotificationsRead, onSettled: refresh });
  const unread = notifications.data?.unread ?? 0;

  return (
    <Stack>
      <PageTitle>{t('notifications.title')}</PageTitle>
      <Group justify="space-between" gap="sm">
        <Text role="status" data-unread={unread}>
          {t('notifications.unreadCount', { count: unread })}
        </Text>
        <Button
          variant="default"
          disabled={unread === 0}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {t('notifications.markAllRead')}
        </Button>
      </Group>
      {markAll.isError && <ErrorAlert error={markAll.error} />}
      {notifications.isError && (
        <ErrorAlert error={notifications.error} onRetry={() => notifications.refetch()} />
      )}
      {notifications.isPending && <Loading />}
      {notifications.data && (
        <>
          {notifications.data.items.length === 0 ? (
            <Text c="dimmed" data-empty>
              {t('notifications.empty')}
            </Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {notifications.data.items.map((n) => (
                <NotificationItem key={n.id} notification={n} onOpen={() => markOne.mutate(n.id)} />
              ))}
            </Stack>
          )}
          <ListFooter
            total={notifications.data.total}
            page={list.page}
            pageSize={PAGE_SIZE}
            onPage={list.setPage}
          />
        </>
      )}
    </Stack>
  );
}

function NotificationItem({
  notification: n,
  onOpen,
}: {
  notification: Notification;
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const unread = n.readAt === null;
  const title = localize(n.title, language);
  const open = () => {
    if (unread) onOpen();
  };

  let heading: ReactNode = title;
  if (n.link?.startsWith('/') && !n.link.startsWith('//')) {
    heading = (
      <Anchor component={Link} to={n.link} onClick={open} inherit>
        {title}
      </Anchor>
    );
  } else if (n.link && /^https?:\/\//.test(n.link)) {
    heading = (
      <Anchor href={n.link} onClick={open} inherit>
        {title}
      </Anchor>
    );
  }

  return (
    <Paper
      component="li"
      withBorder
      p="md"
      data-notification={n.id}
      data-unread={unread || undefined}
      style={
        unread
          ? { borderInlineStartWidth: 4, borderInlineStartColor: 'var(--mantine-color-blue-8)' }
          : undefined
      }
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Box>
          <Text fw={unread ? 700 : 400} data-title>
            {heading}
          </Text>
          <Text size="sm" c="dimmed">
            <time dateTime={n.createdAt} data-created-at>
              {formatDateTime(n.createdAt, language)}
            </time>
          </Text>
        </Box>
        {unread && <Tag color="blue">{t('notifications.unread')}</Tag>}
      </Group>
    </Paper>
  );
}
