import { Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/i18n/format';
import {
  adminScreens,
  catalogScreens,
  documentScreens,
  salesScreens,
  type AdminScreen,
  type CatalogScreen,
  type DocumentScreen,
  type SalesScreen,
} from '../../app/screens';
import { useCan, useMe } from '../../app/session';
import { MyNextTasks } from '../tasks/my-next-tasks';

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

type Screen = AdminScreen | SalesScreen | DocumentScreen | CatalogScreen;

function ScreenCard({ screen, title, text }: { screen: Screen; title: string; text: string }) {
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

/** One menu group's screens as cards; a group the user may open none of is left out. */
function ScreenGroup<S extends Screen>({ title, screens, text }: { title: string; screens: readonly S[]; text: (screen: S) => string }) {
  const { t } = useTranslation();
  if (screens.length === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={3}>{title}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {screens.map((screen) => (
          <ScreenCard key={screen.key} screen={screen} title={t(`nav.${screen.key}`)} text={text(screen)} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const format = useFormat();
  const screens = adminScreens.filter((screen) => can(screen.permission));
  const sales = salesScreens.filter((screen) => can(screen.permission));
  const documents = documentScreens.filter((screen) => can(screen.permission));
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

      {can('tasks:read') && <MyNextTasks />}

      <ScreenGroup title={t('home.salesTitle')} screens={sales} text={(screen) => t(`home.salesLinks.${screen.key}`)} />
      <ScreenGroup title={t('home.documentsTitle')} screens={documents} text={(screen) => t(`home.documentLinks.${screen.key}`)} />
      <ScreenGroup title={t('home.catalogTitle')} screens={catalog} text={(screen) => t(`home.catalogLinks.${screen.key}`)} />

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
