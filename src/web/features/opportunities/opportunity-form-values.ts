import type { Locale } from '../../../contracts/common';
import type { forecastCategories, Opportunity } from '../../../contracts/opportunities';
import { decimalForInput, parseDecimalText } from '../../ui/forms/decimal-text';

export type OpportunityValues = {
  name: string;
  accountId: string | null;
  contactId: string | null;
  pipelineId: string | null;
  stageId: string | null;
  amount: { amount: string; currency: string | null };
  probability: string;
  expectedCloseDate: string;
  forecastCategory: (typeof forecastCategories)[number];
  ownerId: string | null;
};

type Defaults = { accountId?: string; pipelineId?: string; stageId?: string; currency: string };

export function opportunityInitialValues(deal: Opportunity | undefined, defaults: Defaults, locale: Locale): OpportunityValues {
  return {
    name: deal?.name ?? '',
    accountId: deal?.accountId ?? defaults.accountId ?? null,
    contactId: deal?.contactId ?? null,
    pipelineId: deal?.pipelineId ?? defaults.pipelineId ?? null,
    stageId: deal?.stageId ?? defaults.stageId ?? null,
    amount: { amount: deal ? decimalForInput(deal.amount.amount, locale) : '', currency: deal?.amount.currency ?? defaults.currency },
    probability: deal ? decimalForInput(deal.probability, locale) : '',
    expectedCloseDate: deal?.expectedCloseDate ?? '',
    forecastCategory: deal?.forecastCategory ?? 'pipeline',
    ownerId: deal?.ownerId ?? null,
  };
}

/** Fields both create and update send; empty amount and probability leave the server's defaults. */
function commonBody(values: OpportunityValues, locale: Locale) {
  const amount = values.amount.amount.trim();
  const probability = values.probability.trim();
  return {
    name: values.name.trim(),
    contactId: values.contactId,
    expectedCloseDate: values.expectedCloseDate || null,
    forecastCategory: values.forecastCategory,
    ...(amount && values.amount.currency ? { amount: { amount: parseDecimalText(amount, locale), currency: values.amount.currency } } : {}),
    ...(probability ? { probability: parseDecimalText(probability, locale) } : {}),
    ...(values.ownerId ? { ownerId: values.ownerId } : {}),
  };
}

export function opportunityCreateBody(values: OpportunityValues, locale: Locale) {
  return {
    ...commonBody(values, locale),
    accountId: values.accountId,
    ...(values.pipelineId ? { pipelineId: values.pipelineId } : {}),
    ...(values.stageId ? { stageId: values.stageId } : {}),
  };
}

/** Stage, pipeline and account do not change by editing: moves and wins are actions. */
export function opportunityUpdateBody(values: OpportunityValues, locale: Locale) {
  return commonBody(values, locale);
}
