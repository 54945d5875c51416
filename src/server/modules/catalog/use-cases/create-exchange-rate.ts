import type { CreateExchangeRateBody, ExchangeRate } from '../../../../contracts/catalog.js';
import { AppError, invalidField } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { organizationBaseCurrency } from '../../directory/index.js';
import { auditableExchangeRate, exchangeRateDto } from '../dto.js';
import { findActiveRateStarting, insertExchangeRate } from '../exchange-rates.repository.js';

/** Records that from `validFrom` on, 1 unit of `currency` is worth `rate` units of the base currency. */
export async function createExchangeRate(ctx: Ctx, input: CreateExchangeRateBody): Promise<ExchangeRate> {
  const baseCurrency = await organizationBaseCurrency(ctx.tx, ctx.actor.orgId);
  if (input.currency === baseCurrency) throw invalidField('currency', `${baseCurrency} is the base currency; it needs no exchange rate`);
  if (await findActiveRateStarting(ctx.tx, baseCurrency, input.currency, input.validFrom)) {
    throw new AppError('duplicate', `A ${input.currency} rate already starts on ${input.validFrom}; archive it first to correct it.`, {
      errors: [{ path: 'validFrom', message: `a ${input.currency} rate already starts on this day` }],
    });
  }
  const row = await insertExchangeRate(ctx.tx, {
    orgId: ctx.actor.orgId,
    currency: input.currency,
    baseCurrency,
    rate: input.rate,
    validFrom: input.validFrom,
    createdBy: ctx.actor.userId,
  });
  await recordAudit(ctx.tx, ctx.actor, { entityType: 'exchange-rates', entityId: row.id, action: 'create', after: auditableExchangeRate(row) });
  return exchangeRateDto(row);
}
