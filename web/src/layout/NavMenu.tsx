import { NavLink, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
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
  const work = items.filter((item) => item.section === 'work');
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
      <Section id="nav-work-heading" title={t('nav.myWork')} items={work} link={link} />
      <Section id="nav-admin-heading" title={t('nav.administration')} items={admin} link={link} />
    </Stack>
  );
}

/** A headed group of menu entries; nothing when the user may open none of them. */
function Section(props: {
  id: string;
  title: string;
  items: NavItem[];
  link: (item: NavItem) => ReactNode;
}) {
  if (props.items.length === 0) return null;
  return (
    <>
      <Text id={props.id} size="xs" fw={700} tt="uppercase" c="dimmed" mt="md" px="sm">
        {props.title}
      </Text>
      <ul className="akniet-plain-list" aria-labelledby={props.id}>
        {props.items.map((item) => (
          <li key={item.path}>{props.link(item)}</li>
        ))}
      </ul>
    </>
  );
}
