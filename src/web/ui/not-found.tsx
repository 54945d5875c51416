import { Anchor, Center, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Stack align="center" gap="xs">
        <Text size="lg">{t('errors.notFound')}</Text>
        <Anchor renderRoot={(props) => <Link to="/" {...props} />}>{t('errors.backHome')}</Anchor>
      </Stack>
    </Center>
  );
}
