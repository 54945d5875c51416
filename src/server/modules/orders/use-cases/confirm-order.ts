import { creditAssessment } from '../../../../contracts/credit.js';
import type { ConfirmOrderBody } from '../../../../contracts/orders.js';
import { AppError } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import type { CreditCheck } from '../credit-check.js';
import { assertStatus, dateOf, futureDateErrors, mayApproveCreditException } from '../domain/order-rules.js';
import { totalsOf } from '../dto.js';
import { updateOrderRow } from '../orders.repository.js';
import { auditedOrder, loadOrderForCommand } from './load.js';

/**
 * Records the signed contract and confirms a pending order, after checking the account's credit: payment
 * terms the rating does not allow need `approveCreditException` from a sales manager, finance or an admin.
 */
export async function confirmOrder(ctx: Ctx, id: string, input: ConfirmOrderBody, assessCredit: CreditCheck, expectedVersion?: number) {
  const { actor } = ctx;
  // Sales confirm their orders; finance, who keeps the credit policy, may confirm too.
  if (!actor.permissions.has('orders:write') && !actor.permissions.has('credit:manage')) {
    throw new AppError('forbidden', `Your role (${actor.role}) may not confirm orders.`);
  }
  const before = await loadOrderForCommand(ctx, id);
  const order = before.row;
  assertVersion(order.version, expectedVersion);
  assertStatus(order.status, ['pending'], 'be confirmed');
  const now = ctx.clock.now();
  const dateErrors = futureDateErrors('contractSignedAt', input.contractSignedAt, dateOf(now));
  if (dateErrors.length > 0) throw new AppError('validation', `contractSignedAt: ${dateErrors[0]!.message}`, { errors: dateErrors });

  const total = totalsOf(order, before.lines, before.charges).total;
  const credit = creditAssessment.parse(await assessCredit(ctx, order.accountId, { amount: total, currency: order.currency }));
  const exception = !credit.allowedTerms.includes(order.paymentTerms);
  if (exception && !input.approveCreditException) {
    throw new AppError(
      'conflict',
      `Credit rating ${credit.rating} allows ${credit.allowedTerms.join(', ')}, not ${order.paymentTerms}: change the payment terms, or have a manager confirm with approveCreditException.`,
      { extra: { rating: credit.rating, allowedTerms: credit.allowedTerms } },
    );
  }
  if (exception && !mayApproveCreditException(actor.role)) {
    throw new AppError('forbidden', `Payment terms ${order.paymentTerms} exceed what credit rating ${credit.rating} allows; only a sales manager, finance or an admin may approve them.`);
  }

  await updateOrderRow(ctx.tx, id, {
    status: 'confirmed',
    contractSignedAt: input.contractSignedAt,
    signedBy: input.signedBy,
    contractReference: input.contractReference ?? '',
    confirmedAt: now,
    confirmedBy: actor.userId,
    creditAtConfirmation: credit,
    creditApprovedBy: exception ? actor.userId : null,
  });
  return auditedOrder(ctx, before, 'transition');
}
