import { NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { currentItem, type NavItem, visibleItems } from '../navigation.ts';
import { useSession } from '../session/useSession.ts';

/** The pages this user may open, grouped; administration only for admins. */
export function NavMenu({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { user, roles } = useSession();
  const { pathname } = useLocation();
  const items = visibleItems(user ? roles : null);
  const current = currentItem(pathname);
  const admin = items.filter((item) => item.section === 'admin');

  const link = (item: NavItem) => (
    <NavLink
      key={item.path}
      component={Link}
      to={item.path}
      label={t(`nav.${item.label}`)}
      active={item === current}
      aria-current={item === current ? 'page' : undefined}
      onClick={onNavigate}
    />
  );

  return (
    <Stack gap={4}>
      <ul className="akniet-plain-list">
        {items
          .filter((item) => item.section === 'main')
          .map((item) => (
            <li key={item.path}>{link(item)}</li>
          ))}
      </ul>
      {admin.length > 0 && (
        <>
          <Text id="nav-admin-heading" size="xs" fw={700} tt="uppercase" c="dimmed" mt="md" px="sm">
            {t('nav.administration')}
          </Text>
          <ul className="akniet-plain-list" aria-labelledby="nav-admin-heading">
            {admin.map((item) => (
              <li key={item.path}>{link(item)}</li>
            ))}
          </ul>
        </>
      )}
    </Stack>
  );
}
