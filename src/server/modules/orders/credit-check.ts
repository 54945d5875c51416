import type { CreditAssessment } from '../../../contracts/credit.js';
import type { Ctx } from '../../platform/context.js';

/**
 * How orders learn an account's credit before confirming: billing owns the receivables the rating is
 * computed from, and app.ts passes its assessCredit in (billing itself depends on orders).
 */
export type CreditCheck = (ctx: Ctx, accountId: string, pending: { amount: string; currency: string }) => Promise<CreditAssessment>;
