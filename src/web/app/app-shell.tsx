import { AppShell, Avatar, Burger, Group, Menu, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconHome, IconLogout } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { initials } from '../ui/initials';
import { LanguageMenuItems } from './language-menu';
import { adminScreens, catalogScreens, salesScreens } from './screens';
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
              {me.user.name}
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

function NavGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mt="lg" mb={4}>
        {label}
      </Text>
      {children}
    </>
  );
}

function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const sales = salesScreens.filter((screen) => can(screen.permission));
  const catalog = catalogScreens.filter((screen) => can(screen.permission));
  const screens = adminScreens.filter((screen) => can(screen.permission));
  return (
    <nav aria-label={t('nav.main')}>
      <NavLink
        label={t('nav.home')}
        leftSection={<IconHome size={18} />}
        active={pathname === '/'}
        onClick={onNavigate}
        renderRoot={(props) => <Link to="/" {...props} />}
      />
      {sales.length > 0 && (
        <NavGroup label={t('nav.sales')}>
          {sales.map((screen) => (
            <NavLink
              key={screen.key}
              label={t(`nav.${screen.key}`)}
              leftSection={<screen.icon size={18} />}
              active={pathname.startsWith(screen.to)}
              onClick={onNavigate}
              renderRoot={(props) => <Link to={screen.to} {...props} />}
            />
          ))}
        </NavGroup>
      )}
      {catalog.length > 0 && (
        <NavGroup label={t('nav.catalog')}>
          {catalog.map((screen) => (
            <NavLink
              key={screen.key}
              label={t(`nav.${screen.key}`)}
              leftSection={<screen.icon size={18} />}
              active={pathname.startsWith(screen.to)}
              onClick={onNavigate}
              renderRoot={(props) => <Link to={screen.to} {...props} />}
            />
          ))}
        </NavGroup>
      )}
      {screens.length > 0 && (
        <NavGroup label={t('nav.admin')}>
          {screens.map((screen) => (
            <NavLink
              key={screen.key}
              label={t(`nav.${screen.key}`)}
              leftSection={<screen.icon size={18} />}
              active={pathname.startsWith(screen.to)}
              onClick={onNavigate}
              renderRoot={(props) => <Link to={screen.to} {...props} />}
            />
          ))}
        </NavGroup>
      )}
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
