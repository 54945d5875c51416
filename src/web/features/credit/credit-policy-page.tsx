import { ActionIcon, Alert, Button, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconDeviceFloppy, IconInfoCircle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paymentTerms, type PaymentTerms } from '../../../contracts/accounts';
import { creditRatings, updateCreditPolicyBody, type CreditPolicy, type CreditRule } from '../../../contracts/credit';
import { apiRequest } from '../../app/api-client';
import { useInvalidate } from '../../app/collections';
import { useCan, useMe } from '../../app/session';
import { CenteredLoader } from '../../ui/centered-loader';
import { parseDecimalText } from '../../ui/forms/decimal-text';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate, type PatternHints } from '../../ui/forms/zod-validate';
import { PageHeader } from '../../ui/page-header';
import { QueryError } from '../../ui/query-error';
import { decimalInput, newKey } from '../quotes/quote-form-values';
import { useDocumentFormat } from '../quotes/document-format';
import { creditPolicyQuery } from './credit-data';

type Rating = CreditRule['rating'];
type RuleValues = {
  key: string;
  rating: Rating;
  minWonRevenue: string;
  maxLatePaymentPercent: string;
  maxCreditUsePercent: string;
  maxOverdueAmount: string;
  allowedTerms: PaymentTerms[];
};
type Values = { rules: RuleValues[] };
type Limit = 'minWonRevenue' | 'maxLatePaymentPercent' | 'maxCreditUsePercent' | 'maxOverdueAmount';

const limits: Limit[] = ['minWonRevenue', 'maxLatePaymentPercent', 'maxCreditUsePercent', 'maxOverdueAmount'];

export function CreditPolicyPage() {
  const { t } = useTranslation();
  const policy = useQuery(creditPolicyQuery);
  const [generation, setGeneration] = useState(0);
  return (
    <Stack maw={1100}>
      <PageHeader title={t('creditPolicy.title')} />
      <Alert color="blue" icon={<IconInfoCircle size={18} />}>
        {t('creditPolicy.intro')}
      </Alert>
      {policy.isPending && <CenteredLoader />}
      {policy.isError && <QueryError error={policy.error} onRetry={() => void policy.refetch()} />}
      {policy.data && (
        <PolicyForm
          key={`${generation}-${policy.data.version}`}
          policy={policy.data}
          onReload={() => void policy.refetch().then(() => setGeneration((value) => value + 1))}
        />
      )}
    </Stack>
  );
}

function PolicyForm({ policy, onReload }: { policy: CreditPolicy; onReload: () => void }) {
  const { t } = useTranslation();
  const format = useDocumentFormat();
  const me = useMe();
  const canManage = useCan()('credit:manage');
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  const toValues = (rule: CreditRule): RuleValues => ({
    key: newKey(),
    rating: rule.rating,
    minWonRevenue: rule.minWonRevenue === null ? '' : decimalInput(rule.minWonRevenue, format.locale),
    maxLatePaymentPercent: rule.maxLatePaymentPercent === null ? '' : decimalInput(rule.maxLatePaymentPercent, format.locale),
    maxCreditUsePercent: rule.maxCreditUsePercent === null ? '' : decimalInput(rule.maxCreditUsePercent, format.locale),
    maxOverdueAmount: rule.maxOverdueAmount === null ? '' : decimalInput(rule.maxOverdueAmount, format.locale),
    allowedTerms: rule.allowedTerms,
  });
  const toBody = (values: Values) => ({
    rules: values.rules.map((rule) => ({
      rating: rule.rating,
      ...Object.fromEntries(limits.map((limit) => [limit, rule[limit].trim() ? parseDecimalText(rule[limit], format.locale) : null])),
      allowedTerms: rule.allowedTerms,
    })),
  });
  const hints = (values: Values): PatternHints =>
    Object.fromEntries(values.rules.flatMap((_, index) => limits.map((limit) => [`rules.${index}.${limit}`, t('validation.decimal')])));
  const form = useForm<Values>({
    initialValues: { rules: policy.rules.map(toValues) },
    validate: (values) => zodValidate(updateCreditPolicyBody, toBody, hints(values))(values),
  });
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: (body) => apiRequest<CreditPolicy>('/credit-policy', { method: 'PUT', body, version: policy.version }),
    successMessage: t('creditPolicy.saved'),
    onSaved: (saved) => {
      queryClient.setQueryData(creditPolicyQuery.queryKey, saved);
      void invalidate('credit');
    },
  });
  const label = (limit: Limit) =>
    limit === 'minWonRevenue' || limit === 'maxOverdueAmount'
      ? t(`creditCondition.${limit}`) + ` (${me.organization.baseCurrency})`
      : t(`creditCondition.${limit}`);
  const addRule = () =>
    form.insertListItem('rules', { key: newKey(), rating: 'D', minWonRevenue: '', maxLatePaymentPercent: '', maxCreditUsePercent: '', maxOverdueAmount: '', allowedTerms: ['prepayment'] });

  return (
    <form onSubmit={onSubmit} noValidate data-testid="credit-policy-form">
      <Stack>
        <FormProblem problem={problem} onReload={onReload} />
        {form.values.rules.map((rule, index) => (
          <Paper key={rule.key} withBorder p="md" data-testid="credit-rule">
            <fieldset disabled={!canManage} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
              <Group justify="space-between" mb="sm" wrap="nowrap">
                <Title order={5}>{t('creditPolicy.ruleNumber', { number: format.number(index + 1) })}</Title>
                <Group gap={2}>
                  <Tooltip label={t('documents.moveUp')}>
                    <ActionIcon variant="subtle" color="gray" disabled={index === 0} aria-label={t('documents.moveUp')} onClick={() => form.reorderListItem('rules', { from: index, to: index - 1 })}>
                      <IconArrowUp size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('documents.moveDown')}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      disabled={index === form.values.rules.length - 1}
                      aria-label={t('documents.moveDown')}
                      onClick={() => form.reorderListItem('rules', { from: index, to: index + 1 })}
                    >
                      <IconArrowDown size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label={t('creditPolicy.removeRule')}>
                    <ActionIcon variant="subtle" color="red" disabled={form.values.rules.length === 1} aria-label={t('creditPolicy.removeRule')} onClick={() => form.removeListItem('rules', index)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                <Select
                  label={t('credit.rating')}
                  allowDeselect={false}
                  data={creditRatings.map((value) => ({ value, label: `${value} · ${t(`creditRating.${value}`)}` }))}
                  {...form.getInputProps(`rules.${index}.rating`)}
                />
                <MultiSelect
                  label={t('credit.allowedTerms')}
                  data={paymentTerms.map((value) => ({ value, label: t(`paymentTerms.${value}`) }))}
                  {...form.getInputProps(`rules.${index}.allowedTerms`)}
                  style={{ gridColumn: 'span 2' }}
                />
                {limits.map((limit) => (
                  <TextInput
                    key={limit}
                    label={label(limit)}
                    placeholder={t('creditPolicy.noCondition')}
                    inputMode="decimal"
                    dir="ltr"
                    {...form.getInputProps(`rules.${index}.${limit}`)}
                  />
                ))}
              </SimpleGrid>
              {limits.every((limit) => !rule[limit].trim()) && (
                <Text size="sm" c="dimmed" mt="xs">
                  {t('creditPolicy.fallback')}
                </Text>
              )}
            </fieldset>
          </Paper>
        ))}
        {canManage && (
          <Group justify="space-between">
            <Button variant="light" leftSection={<IconPlus size={16} />} onClick={addRule} disabled={form.values.rules.length >= 10}>
              {t('creditPolicy.addRule')}
            </Button>
            <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={form.submitting} disabled={!form.isDirty()}>
              {t('common.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
