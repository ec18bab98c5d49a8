import { ActionIcon, Indicator, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listNotifications } from '../api/endpoints.ts';
import { NOTIFICATIONS_KEY } from '../notifications/keys.ts';
import { useSession } from '../session/useSession.ts';

/** A bell with the count of unread notifications (checked every minute); opens /notifications. */
export function NotificationBell() {
  const { user } = useSession();
  if (!user) return null;
  return <Bell />;
}

function Bell() {
  const { t } = useTranslation();
  const countId = useId();
  const unread = useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'unread'],
    queryFn: () => listNotifications({ unread: true, page: 1, pageSize: 1 }),
    select: (page) => page.unread,
    refetchInterval: 60_000,
  });
  const count = unread.data ?? 0;

  return (
    <Indicator
      label={<span aria-hidden="true">{count > 99 ? '99+' : count}</span>}
      disabled={count === 0}
      size={18}
      color="red.9"
      offset={4}
      data-unread-count={count}
      styles={{ indicator: { pointerEvents: 'none' } }}
    >
      <ActionIcon
        component={Link}
        to="/notifications"
        variant="default"
        size="lg"
        aria-label={t('notifications.title')}
        aria-describedby={count > 0 ? countId : undefined}
      >
        <BellIcon />
        {count > 0 && (
          <VisuallyHidden id={countId}>{t('notifications.unreadCount', { count })}</VisuallyHidden>
        )}
      </ActionIcon>
    </Indicator>
  );
}

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
