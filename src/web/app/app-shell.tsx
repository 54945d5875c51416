import { AppShell, Avatar, Burger, Group, Menu, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconHome, IconLogout } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { initials } from '../ui/initials';
import { LanguageMenuItems } from './language-menu';
import {
  adminScreens,
  catalogScreens,
  documentScreens,
  salesScreens,
  type AdminScreen,
  type CatalogScreen,
  type DocumentScreen,
  type SalesScreen,
} from './screens';
import { logout, useCan, useMe } from './session';

function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = async () => {
    await logout().catch(() => undefined);
    await navigate({ to: '/login', search: {} });
    queryClient.clear();
  };
  return (
    <Menu position="bottom-end" width={220} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={t('common.userMenu')} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar color="teal" radius="xl" size="sm">
              {initials(me.user.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm">
              <bdi>{me.user.name}</bdi>
            </Text>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <LanguageMenuItems />
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
          {t('common.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

type Screen = AdminScreen | SalesScreen | DocumentScreen | CatalogScreen;

/** A titled group of navigation links: the screens the user may open, or nothing when there are none. */
function NavGroup({ label, screens, pathname, onNavigate }: { label: string; screens: readonly Screen[]; pathname: string; onNavigate: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const allowed = screens.filter((screen) => can(screen.permission));
  if (allowed.length === 0) return null;
  return (
    <>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mt="lg" mb={4}>
        {label}
      </Text>
      {allowed.map((screen) => (
        <NavLink
          key={screen.key}
          label={t(`nav.${screen.key}`)}
          leftSection={<screen.icon size={18} />}
          active={pathname.startsWith(screen.to)}
          onClick={onNavigate}
          renderRoot={(props) => <Link to={screen.to} {...props} />}
        />
      ))}
    </>
  );
}

function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <nav aria-label={t('nav.main')}>
      <NavLink
        label={t('nav.home')}
        leftSection={<IconHome size={18} />}
        active={pathname === '/'}
        onClick={onNavigate}
        renderRoot={(props) => <Link to="/" {...props} />}
      />
      <NavGroup label={t('nav.sales')} screens={salesScreens} pathname={pathname} onNavigate={onNavigate} />
      <NavGroup label={t('nav.documents')} screens={documentScreens} pathname={pathname} onNavigate={onNavigate} />
      <NavGroup label={t('nav.catalog')} screens={catalogScreens} pathname={pathname} onNavigate={onNavigate} />
      <NavGroup label={t('nav.admin')} screens={adminScreens} pathname={pathname} onNavigate={onNavigate} />
    </nav>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure();
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('common.toggleNavigation')} />
            <Text component={Link} to="/" fw={800} size="xl" c="teal.7" style={{ textDecoration: 'none' }}>
              {t('common.appName')}
            </Text>
            <Text c="dimmed" size="sm" truncate visibleFrom="xs" data-testid="org-name">
              <bdi>{me.organization.name}</bdi>
            </Text>
          </Group>
          <UserMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppShell.Section grow component={ScrollArea}>
          <Navigation onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
