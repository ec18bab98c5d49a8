import { AppShell, Box, Burger, Container, Group, ScrollArea } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { Loading } from '../components/Loading.tsx';
import { Brand } from './Brand.tsx';
import { DemoBanner } from './DemoBanner.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NavMenu } from './NavMenu.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { UserMenu } from './UserMenu.tsx';

/** Header, menu (a burger on narrow screens), demo banner and the page. */
export function Layout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const narrow = useMediaQuery('(max-width: 47.99em)') ?? false;
  const { pathname } = useLocation();

  useEffect(() => {
    if (pathname) close();
  }, [pathname, close]);

  const menuHidden = narrow && !opened;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={0}
    >
      <a className="akniet-skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('app.closeMenu') : t('app.openMenu')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Brand />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <NotificationBell />
            <Box visibleFrom="sm">
              <UserMenu />
            </Box>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        id="main-navigation"
        aria-label={t('app.mainNavigation')}
        p="sm"
        inert={menuHidden}
        aria-hidden={menuHidden || undefined}
      >
        <AppShell.Section hiddenFrom="sm" pb="sm" mb="sm" className="akniet-menu-user">
          <UserMenu />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          <NavMenu onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <DemoBanner />
        <Container size="lg" py="lg" px="md">
          <ErrorBoundary key={pathname}>
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
