import type { Role } from '../../../../contracts/common.js';
import type { OrderStatus } from '../../../../contracts/orders.js';
import { AppError, type FieldError } from '../../../kernel/errors.js';
import { Decimal } from '../../../kernel/money.js';

type Quantities = { quantity: string; deliveredQuantity: string; invoicedQuantity: string };

const labels: Record<OrderStatus, string> = {
  pending: 'pending',
  confirmed: 'confirmed',
  partially_delivered: 'partially delivered',
  delivered: 'delivered',
  closed: 'closed',
  cancelled: 'cancelled',
};

/** 409 naming the state unless the order is in one of `allowed`. */
export function assertStatus(status: OrderStatus, allowed: readonly OrderStatus[], action: string): void {
  if (allowed.includes(status)) return;
  const wanted = allowed.map((s) => labels[s]).join(' or ');
  throw new AppError('invalid_state', `The order is ${labels[status]}; only a ${wanted} order can ${action}.`, { extra: { state: status } });
}

/** "2.5000" → "2.5": quantities and percentages read without trailing zeros. */
export function trimDecimal(value: string): string {
  return new Decimal(value).toString();
}

export function remainingToDeliver(line: Pick<Quantities, 'quantity' | 'deliveredQuantity'>): InstanceType<typeof Decimal> {
  return new Decimal(line.quantity).minus(line.deliveredQuantity);
}

/** Where an order stands once its lines carry these delivered quantities. */
export function statusAfterDelivery(lines: Pick<Quantities, 'quantity' | 'deliveredQuantity'>[]): OrderStatus {
  const delivered = lines.filter((l) => new Decimal(l.deliveredQuantity).gt(0));
  if (delivered.length === 0) return 'confirmed';
  return lines.every((l) => remainingToDeliver(l).lte(0)) ? 'delivered' : 'partially_delivered';
}

/**
 * Checks what a delivery asks for against the order's lines: each line of this order, at most once, and
 * never more than remains to deliver. Answers the field errors (none when the delivery may be recorded).
 */
export function deliveryErrors(orderLines: ({ id: string } & Pick<Quantities, 'quantity' | 'deliveredQuantity'>)[], requested: { orderLineId: string; quantity: string }[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  requested.forEach((item, index) => {
    const line = orderLines.find((l) => l.id === item.orderLineId);
    if (!line) {
      errors.push({ path: `lines.${index}.orderLineId`, message: 'not a line of this order' });
      return;
    }
    if (seen.has(line.id)) {
      errors.push({ path: `lines.${index}.orderLineId`, message: 'this line is already in the delivery' });
      return;
    }
    seen.add(line.id);
    const remaining = remainingToDeliver(line);
    if (new Decimal(item.quantity).gt(remaining)) {
      const message = remaining.lte(0) ? 'this line is already fully delivered' : `at most ${remaining.toString()} remain to deliver`;
      errors.push({ path: `lines.${index}.quantity`, message });
    }
  });
  return errors;
}

/** A pending order may always be cancelled; a confirmed one only while nothing was delivered or invoiced. */
export function assertCancellable(status: OrderStatus, lines: Quantities[]): void {
  assertStatus(status, ['pending', 'confirmed'], 'be cancelled');
  const touched = lines.some((l) => new Decimal(l.deliveredQuantity).gt(0) || new Decimal(l.invoicedQuantity).gt(0));
  if (status === 'confirmed' && touched) {
    throw new AppError('invalid_state', 'The order is confirmed and already partly delivered or invoiced; it can no longer be cancelled.', { extra: { state: status } });
  }
}

/** Billing may close an order once it is delivered, every line fully invoiced, and the invoices paid. */
export function isSettled(status: OrderStatus, lines: Quantities[], paid: boolean): boolean {
  return paid && status === 'delivered' && lines.every((l) => new Decimal(l.invoicedQuantity).gte(l.quantity));
}

/** Who may confirm payment terms the credit rating does not allow. */
export function mayApproveCreditException(role: Role): boolean {
  return role === 'sales_manager' || role === 'admin' || role === 'finance';
}

/** Contracts are signed and goods delivered on a day that has come: not later than today. */
export function futureDateErrors(path: string, date: string, today: string): FieldError[] {
  return date > today ? [{ path, message: `cannot be in the future (today is ${today})` }] : [];
}

export { dateOf } from '../../../kernel/calendar.js';
