import { Alert, Box, Button, Center, Paper, PasswordInput, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loginBody } from '../../../contracts/auth';
import { locales } from '../../../contracts/common';
import { isApiError } from '../../app/api-client';
import { isLocale } from '../../app/i18n/i18n';
import { safeRedirect } from '../../app/redirect';
import { login, meQuery, useChangeLocale } from '../../app/session';
import { applyFieldErrors } from '../../ui/forms/server-errors';
import { zodValidate } from '../../ui/forms/zod-validate';
import { problemMessage } from '../../ui/problem-message';

type LoginValues = { email: string; password: string };

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const router = useRouter();
  const queryClient = useQueryClient();
  const search = useSearch({ from: '/login' });
  const changeLocale = useChangeLocale();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<LoginValues>({
    initialValues: { email: '', password: '' },
    validate: zodValidate(loginBody, (values: LoginValues) => ({ email: values.email.trim(), password: values.password })),
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await login({ email: values.email.trim(), password: values.password });
      queryClient.clear();
      await queryClient.fetchQuery(meQuery);
      router.history.push(safeRedirect(search.redirect));
    } catch (error) {
      applyFieldErrors(form, error);
      if (isApiError(error, 429)) setFailure(t('auth.tooManyAttempts'));
      // The server's sentence is English only; this one case is known well enough to say it in the user's language.
      else if (isApiError(error, 401)) setFailure(t('auth.badCredentials'));
      else setFailure(problemMessage(error, t));
    }
  });

  return (
    <Center mih="100vh" bg="var(--mantine-color-gray-0)" p="md">
      <Box w="100%" maw={420}>
        <Stack align="center" gap={4} mb="lg">
          <Text fw={800} fz={36} c="teal.7">
            {t('common.appName')}
          </Text>
          <Text c="dimmed" ta="center">
            {t('auth.subtitle')}
          </Text>
        </Stack>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <form onSubmit={submit} noValidate>
            <Stack>
              <Title order={2} size="h3">
                {t('auth.title')}
              </Title>
              {failure && (
                <Alert color="red" icon={<IconAlertTriangle size={18} />} role="alert" data-testid="login-error">
                  {failure}
                </Alert>
              )}
              <TextInput
                label={t('auth.email')}
                type="email"
                autoComplete="username"
                dir="ltr"
                required
                {...form.getInputProps('email')}
              />
              <PasswordInput label={t('auth.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
              <Button type="submit" loading={form.submitting} fullWidth>
                {t('auth.signIn')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Center mt="md">
          <SegmentedControl
            aria-label={t('common.language')}
            size="xs"
            value={i18n.language}
            onChange={(value) => {
              if (isLocale(value)) void changeLocale(value);
            }}
            data={locales.map((locale) => ({ value: locale, label: t(`languages.${locale}`) }))}
          />
        </Center>
      </Box>
    </Center>
  );
}
