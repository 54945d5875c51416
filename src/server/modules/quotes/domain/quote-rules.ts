import type { QuoteStatus } from '../../../../contracts/quotes.js';
import { AppError, invalidField } from '../../../kernel/errors.js';
import { Decimal, minorUnitOf } from '../../../kernel/money.js';
import { addDays } from '../../../kernel/calendar.js';

// Validity is a calendar date, compared with today's date in UTC.
export { addDays, dateOf, daysBetween } from '../../../kernel/calendar.js';

export const defaultValidityDays = 30;

/** The issue year numbers the quote: Q-2026-0001. */
export const numberSeries = { series: 'Q', digits: 4 } as const;

/**
 * A sent quote whose validity has passed is expired, whether or not that has been written yet
 * (there is no job that writes it at midnight): lists, filters and commands all see it so.
 */
export function effectiveStatus(status: QuoteStatus, validUntil: string, today: string): QuoteStatus {
  return status === 'sent' && validUntil < today ? 'expired' : status;
}

/** A lapsed quote expired when its last valid day ended. */
export function lapsedAt(validUntil: string): Date {
  return new Date(`${addDays(validUntil, 1)}T00:00:00.000Z`);
}

export type QuoteCommand = 'edit' | 'send' | 'reject' | 'revise' | 'accept' | 'expire' | 'archive';

// A draft is edited, not revised; a sent or accepted quote is a commitment and stays on the lists.
const allowedFrom: Record<QuoteCommand, readonly QuoteStatus[]> = {
  edit: ['draft'],
  send: ['draft'],
  reject: ['sent'],
  revise: ['sent', 'rejected', 'expired'],
  accept: ['sent'],
  expire: ['sent'],
  archive: ['draft', 'superseded', 'rejected', 'expired'],
};

const verbs: Record<QuoteCommand, string> = {
  edit: 'be changed',
  send: 'be sent',
  reject: 'be rejected',
  revise: 'be revised',
  accept: 'be accepted',
  expire: 'be expired',
  archive: 'be archived',
};

export function canApply(status: QuoteStatus, command: QuoteCommand): boolean {
  return allowedFrom[command].includes(status);
}

/** 409 naming the quote's state when it does not allow the command. */
export function assertAllowed(status: QuoteStatus, command: QuoteCommand): void {
  if (canApply(status, command)) return;
  const from = allowedFrom[command];
  const list = from.length === 1 ? from[0] : `${from.slice(0, -1).join(', ')} or ${from[from.length - 1]}`;
  throw new AppError('invalid_state', `The quote is ${status}; only a ${list} quote can ${verbs[command]}.`, { extra: { state: status } });
}

/** A quote is valid from its issue date on. */
export function assertValidity(issueDate: string, validUntil: string): void {
  if (validUntil < issueDate) throw invalidField('validUntil', `cannot be before the issue date (${issueDate})`);
}

/** numeric columns come back padded ("21.000", "2.5000"); quantities and percentages read "21" and "2.5". */
export function plainDecimal(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

/** A unit price or amount as entered, with at least the currency's minor digits: "1250.00", "0.125". */
export function priceString(value: string, currency: string): string {
  const amount = new Decimal(value);
  return amount.toFixed(Math.max(minorUnitOf(currency), amount.decimalPlaces()));
}
