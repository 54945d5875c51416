import { Decimal, roundMoney, type DecimalInput } from '../../../kernel/money.js';

type Amount = ReturnType<typeof roundMoney>;

/** Amounts the API and the money columns (numeric(20,4)) can carry: at most 16 integer digits. */
const largestAmount = new Decimal('1e16');

/**
 * An amount in a foreign currency, times the rate (1 unit of it = rate units of the base currency),
 * rounded by Ciclo's one rule (half away from zero) to the base currency's minor unit. The product is
 * exact: at most 14 decimals, well within the 40 significant digits Decimal keeps.
 */
export function convertAmount(amount: DecimalInput, rate: DecimalInput, baseCurrency: string): Amount {
  return roundMoney(new Decimal(amount).times(rate), baseCurrency);
}

export function fitsMoneyColumn(amount: Amount): boolean {
  return amount.abs().lt(largestAmount);
}
