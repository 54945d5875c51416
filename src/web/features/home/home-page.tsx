import { Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n/format';
import { adminScreens, catalogScreens, salesScreens, type AdminScreen, type CatalogScreen, type SalesScreen } from '../../app/screens';
import { useCan, useMe } from '../../app/session';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fw={500}>
        {/* Names are data in any script: isolate them so "S.L." does not turn into ".S.L" in Persian. */}
        <bdi>{value}</bdi>
      </Text>
    </Stack>
  );
}

function ScreenCard({ screen, title, text }: { screen: AdminScreen | SalesScreen | CatalogScreen; title: string; text: string }) {
  return (
    <Card withBorder padding="md" renderRoot={(props) => <Link to={screen.to} {...props} />} style={{ textDecoration: 'none' }}>
      <Group wrap="nowrap" align="flex-start">
        <ThemeIcon variant="light" size="lg">
          <screen.icon size={20} />
        </ThemeIcon>
        <Stack gap={2}>
          <Text fw={600}>{title}</Text>
          <Text size="sm" c="dimmed">
            {text}
          </Text>
        </Stack>
      </Group>
    </Card>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const format = useFormat();
  const screens = adminScreens.filter((screen) => can(screen.permission));
  const sales = salesScreens.filter((screen) => can(screen.permission));
  const catalog = catalogScreens.filter((screen) => can(screen.permission));

  return (
    <Stack gap="xl" maw={1100}>
      <Card withBorder padding="lg">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={4}>
            <Title order={2}>{t('home.welcome', { name: me.user.name })}</Title>
            <Text c="dimmed" data-testid="today">
              {t('home.today', { date: format.date(new Date()) })}
            </Text>
          </Stack>
          <Badge size="lg" variant="light">
            {t(`roles.${me.user.role}`)}
          </Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="lg">
          <Fact label={t('home.role')} value={t(`roles.${me.user.role}`)} />
          <Fact label={t('home.team')} value={me.team?.name ?? t('home.noTeam')} />
          <Fact label={t('home.organization')} value={me.organization.name} />
        </SimpleGrid>
      </Card>

      {sales.length > 0 && (
        <Stack gap="sm">
          <Title order={3}>{t('home.salesTitle')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            {sales.map((screen) => (
              <ScreenCard key={screen.key} screen={screen} title={t(`nav.${screen.key}`)} text={t(`home.salesLinks.${screen.key}`)} />
            ))}
          </SimpleGrid>
        </Stack>
      )}

      {catalog.length > 0 && (
        <Stack gap="sm">
          <Title order={3}>{t('home.catalogTitle')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
            {catalog.map((screen) => (
              <ScreenCard key={screen.key} screen={screen} title={t(`nav.${screen.key}`)} text={t(`home.catalogLinks.${screen.key}`)} />
            ))}
          </SimpleGrid>
        </Stack>
      )}

      <Stack gap="sm">
        <Title order={3}>{t('home.adminTitle')}</Title>
        <Text c="dimmed">{screens.length > 0 ? t('home.adminIntro') : t('home.noAdmin')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {screens.map((screen) => (
            <ScreenCard key={screen.key} screen={screen} title={t(`nav.${screen.key}`)} text={t(`home.links.${screen.key}`)} />
          ))}
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
