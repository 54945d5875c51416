import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { confirmOrderBody, type Order } from '../../../contracts/orders';
import { useRecordAction } from '../../app/record-actions';
import { useMe } from '../../app/session';
import { CenteredLoader } from '../../ui/centered-loader';
import { FormProblem } from '../../ui/forms/form-problem';
import { useRecordSubmit } from '../../ui/forms/use-record-submit';
import { zodValidate } from '../../ui/forms/zod-validate';
import { CreditAssessmentView, termsAllowed } from '../credit/credit-assessment';
import { creditQuery } from '../credit/credit-data';
import { todayIso } from '../quotes/document-format';

type Values = { contractSignedAt: string; signedBy: string; contractReference: string; approveCreditException: boolean };
type Props = { order: Order; opened: boolean; onClose: () => void };

/** Roles that may confirm payment terms the credit rating does not allow. */
const approvers = new Set(['admin', 'sales_manager', 'finance']);

export function ConfirmOrderModal({ order, opened, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('orders.confirmTitle', { number: order.number })} centered size="xl">
      {opened && <ConfirmForm order={order} onClose={onClose} />}
    </Modal>
  );
}

function ConfirmForm({ order, onClose }: { order: Order; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const credit = useQuery(creditQuery(order.accountId, { amount: order.totals.total, currency: order.currency }));
  const outsideTerms = credit.data ? !termsAllowed(credit.data, order.paymentTerms) : false;
  const mayApprove = approvers.has(me.user.role);
  const toBody = (values: Values) => ({
    contractSignedAt: values.contractSignedAt,
    signedBy: values.signedBy.trim(),
    ...(values.contractReference.trim() ? { contractReference: values.contractReference.trim() } : {}),
    ...(outsideTerms && values.approveCreditException ? { approveCreditException: true } : {}),
  });
  const form = useForm<Values>({
    initialValues: { contractSignedAt: todayIso(), signedBy: order.signedBy, contractReference: order.contractReference, approveCreditException: false },
    validate: (values) => ({
      ...zodValidate(confirmOrderBody, toBody)(values),
      ...(outsideTerms && mayApprove && !values.approveCreditException ? { approveCreditException: t('orders.approveRequired') } : {}),
    }),
  });
  const action = useRecordAction<Order>('orders', ['quotes', 'accounts', 'credit']);
  const { onSubmit, problem } = useRecordSubmit(form, toBody, {
    save: (body) => action.mutateAsync({ target: order, action: 'confirm', body }),
    successMessage: t('orders.confirmed'),
    onSaved: onClose,
  });

  return (
    <form onSubmit={onSubmit} noValidate data-testid="confirm-order-form">
      <Stack>
        <FormProblem problem={problem} />
        {credit.isPending ? <CenteredLoader /> : credit.data && <CreditAssessmentView assessment={credit.data} terms={order.paymentTerms} />}
        <Group grow align="flex-start" wrap="wrap">
          <TextInput type="date" label={t('orders.contractSignedAt')} required {...form.getInputProps('contractSignedAt')} />
          <TextInput label={t('orders.signedBy')} required data-autofocus {...form.getInputProps('signedBy')} />
        </Group>
        <TextInput label={t('orders.contractReference')} description={t('orders.contractReferenceHint')} {...form.getInputProps('contractReference')} />
        {outsideTerms &&
          (mayApprove ? (
            <Checkbox
              label={t('orders.approveException', { terms: t(`paymentTerms.${order.paymentTerms}`) })}
              {...form.getInputProps('approveCreditException', { type: 'checkbox' })}
            />
          ) : (
            <Text size="sm" c="orange.8" data-testid="needs-approval">
              {t('orders.needsApproval')}
            </Text>
          ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="teal" loading={form.submitting}>
            {t('orders.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
