import { ActionIcon, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '../../../contracts/common';
import { updateOrganizationBody, type Organization } from '../../../contracts/organization';
import { api } from '../../app/api-client';
import { useFormat } from '../../app/i18n/format';
import { meQueryKey } from '../../app/session';
import { FormFields } from '../../ui/forms/form-fields';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import type { StaleHandlers } from '../../ui/record-editor';

type Values = { name: string; baseCurrency: string | null; defaultLocale: Locale; taxIds: { scheme: string; value: string }[] };

export const organizationQueryKey = ['organization'] as const;

const toBody = (values: Values) => ({
  name: values.name.trim(),
  baseCurrency: values.baseCurrency,
  defaultLocale: values.defaultLocale,
  taxIds: values.taxIds.map((taxId) => ({ scheme: taxId.scheme.trim(), value: taxId.value.trim() })),
});

const currencies = Intl.supportedValuesOf('currency');

export function OrganizationForm({ organization, stale }: { organization: Organization; stale: StaleHandlers }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: {
      name: organization.name,
      baseCurrency: organization.baseCurrency,
      defaultLocale: organization.defaultLocale,
      taxIds: organization.taxIds,
    },
    validate: zodValidate(updateOrganizationBody, toBody, { baseCurrency: t('validation.currency') }),
  });
  const save = useMutation({
    mutationFn: (body: unknown) => api.patch<Organization>('/organization', body, organization.version),
    onSuccess: async (saved) => {
      queryClient.setQueryData(organizationQueryKey, saved);
      await Promise.all([queryClient.invalidateQueries({ queryKey: meQueryKey }), queryClient.invalidateQueries({ queryKey: ['audit-events'] })]);
    },
  });
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: save.mutateAsync,
    successMessage: t('organization.saved'),
    onSaved: stale.onReload,
    onStale: stale.onStale,
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack maw={720}>
        <FormProblem problem={problem} onReload={stale.onReload} />
        <FormFields>
          <TextInput label={t('organization.name')} required {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('organization.baseCurrency')}
              required
              searchable
              allowDeselect={false}
              data={currencies.map((code) => ({ value: code, label: `${code} · ${format.currencyName(code)}` }))}
              {...form.getInputProps('baseCurrency')}
            />
            <Select
              label={t('organization.defaultLocale')}
              required
              allowDeselect={false}
              data={locales.map((locale) => ({ value: locale, label: t(`languages.${locale}`) }))}
              {...form.getInputProps('defaultLocale')}
            />
          </SimpleGrid>
          <Stack gap="xs">
            <Text fw={500} size="sm">
              {t('organization.taxIds')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('organization.taxIdsHint')}
            </Text>
            {form.getValues().taxIds.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('organization.noTaxIds')}
              </Text>
            )}
            {form.getValues().taxIds.map((_, index) => (
              <Group key={form.key(`taxIds.${index}`)} align="flex-start" wrap="nowrap" gap="xs">
                <TextInput
                  aria-label={t('organization.scheme')}
                  placeholder={t('organization.scheme')}
                  w={140}
                  dir="ltr"
                  {...form.getInputProps(`taxIds.${index}.scheme`)}
                />
                <TextInput
                  aria-label={t('organization.value')}
                  placeholder={t('organization.value')}
                  style={{ flex: 1 }}
                  dir="ltr"
                  {...form.getInputProps(`taxIds.${index}.value`)}
                />
                <Tooltip label={t('organization.removeTaxId')}>
                  <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('organization.removeTaxId')} onClick={() => form.removeListItem('taxIds', index)}>
                    <IconTrash size={18} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            ))}
            {form.errors.taxIds && (
              <Text size="xs" c="red">
                {form.errors.taxIds}
              </Text>
            )}
            <Group>
              <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={() => form.insertListItem('taxIds', { scheme: '', value: '' })}>
                {t('organization.addTaxId')}
              </Button>
            </Group>
          </Stack>
        </FormFields>
        <Group justify="flex-end">
          <Button type="submit" loading={form.submitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
