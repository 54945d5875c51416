import type { UpdateAccountBody } from '../../../../contracts/accounts.js';
import type { Money } from '../../../../contracts/common.js';
import { invalidField } from '../../../kernel/errors.js';
import { Decimal, minorUnitOf } from '../../../kernel/money.js';

/**
 * The plain columns a create or change sets. The nested address maps onto its own columns, so a
 * PATCH of `address` changes only the sub-fields it names; owner and credit limit are checked apart.
 */
export function accountColumns(input: UpdateAccountBody) {
  const { address, creditLimit: _creditLimit, ownerId: _ownerId, ...plain } = input;
  return { ...plain, ...address };
}

/** The credit limit to store (undefined: unchanged): in the account's currency, not negative, within its minor unit. */
export function creditLimitAmount(limit: Money | null | undefined, currency: string): string | null | undefined {
  if (limit === undefined || limit === null) return limit;
  if (limit.currency !== currency) throw invalidField('creditLimit.currency', `must be the account's currency, ${currency}`);
  const amount = new Decimal(limit.amount);
  if (amount.lt(0)) throw invalidField('creditLimit.amount', 'cannot be negative');
  const digits = minorUnitOf(currency);
  if (amount.decimalPlaces() > digits) throw invalidField('creditLimit.amount', `${currency} amounts have at most ${digits} decimals`);
  return amount.toFixed(digits);
}

/** A credit limit stays in the account's currency: changing the currency needs a new limit (or null) too. */
export function assertCurrencyChange(before: { currency: string; creditLimit: string | null }, input: UpdateAccountBody): void {
  if (input.currency === undefined || input.currency === before.currency) return;
  if (before.creditLimit !== null && input.creditLimit === undefined) {
    throw invalidField('currency', `the credit limit is in ${before.currency}; send creditLimit in ${input.currency} too, or null`);
  }
}
