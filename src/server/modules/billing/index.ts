import type { CreditAssessment } from '../../../contracts/credit.js';
import type { Ctx } from '../../platform/context.js';
import type { App } from '../../platform/http/server.js';

/** The credit rating of an account from its history, counting `pending` (an order about to be confirmed) as open balance. */
export async function assessCredit(_ctx: Ctx, _accountId: string, _pending: { amount: string; currency: string }): Promise<CreditAssessment> {
  throw new Error('not built yet');
}

/** Invoices, credit notes, payments and the credit policy: /api/v1/invoices, /payments, /credit-policy, /accounts/{id}/credit. */
export function billingRoutes(_app: App): void {}
