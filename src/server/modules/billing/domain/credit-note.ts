import type { FieldError } from '../../../kernel/errors.js';
import { Decimal } from '../../../kernel/money.js';
import type { DraftCharge, DraftLine } from './invoice-lines.js';
import type { Dec } from './invoice-rules.js';

/** A line of the invoice being credited, with how much of it credit notes corrected so far (a magnitude). */
export type CreditableLine = Omit<DraftLine, 'creditsLineId'> & { id: string; creditedQuantity: string };
export type CreditableCharge = { id: string; description: string; amount: string; taxRate: string; creditedAmount: string };

const zero = new Decimal(0);

/** What of a line is left to credit, as a magnitude (a deduction line's −1 leaves 1). */
export function uncreditedQuantity(line: Pick<CreditableLine, 'quantity' | 'creditedQuantity'>): Dec {
  return Decimal.max(zero, new Decimal(line.quantity).abs().minus(line.creditedQuantity));
}

function uncreditedAmount(charge: Pick<CreditableCharge, 'amount' | 'creditedAmount'>): Dec {
  return Decimal.max(zero, new Decimal(charge.amount).abs().minus(charge.creditedAmount));
}

/** The credit-note line that undoes `magnitude` of a line: the same line with the opposite sign. */
function reversal(line: CreditableLine, magnitude: Dec): DraftLine {
  const { id, creditedQuantity: _credited, ...rest } = line;
  const sign = new Decimal(line.quantity).isNegative() ? 1 : -1;
  return { ...rest, quantity: magnitude.times(sign).toString(), creditsLineId: id };
}

/**
 * The lines and charges of a credit note. Without `requested`, everything not yet credited (lines and
 * charges); with it, only those quantities of those lines, never more than remains uncredited.
 */
export function creditNoteContent(
  lines: CreditableLine[],
  charges: CreditableCharge[],
  requested: { invoiceLineId: string; quantity: string }[] | undefined,
): { lines: DraftLine[]; charges: DraftCharge[]; errors: FieldError[] } {
  if (!requested) {
    return {
      lines: lines.flatMap((l) => (uncreditedQuantity(l).gt(0) ? [reversal(l, uncreditedQuantity(l))] : [])),
      charges: charges.flatMap((c) => {
        const left = uncreditedAmount(c);
        const sign = new Decimal(c.amount).isNegative() ? 1 : -1;
        return left.gt(0) ? [{ description: c.description, amount: left.times(sign).toString(), taxRate: c.taxRate, creditsChargeId: c.id }] : [];
      }),
      errors: [],
    };
  }
  const errors: FieldError[] = [];
  const out: DraftLine[] = [];
  const seen = new Set<string>();
  requested.forEach((item, index) => {
    const line = lines.find((l) => l.id === item.invoiceLineId);
    if (!line) return errors.push({ path: `lines.${index}.invoiceLineId`, message: 'not a line of this invoice' });
    if (seen.has(line.id)) return errors.push({ path: `lines.${index}.invoiceLineId`, message: 'this line is listed twice' });
    seen.add(line.id);
    const left = uncreditedQuantity(line);
    if (new Decimal(item.quantity).gt(left)) {
      return errors.push({ path: `lines.${index}.quantity`, message: left.isZero() ? 'this line is already fully credited' : `at most ${left.toString()} remain to credit` });
    }
    out.push(reversal(line, new Decimal(item.quantity)));
  });
  return { lines: out, charges: [], errors };
}

/** Every line and charge fully credited once `lines` and `charges` are added to what was credited before. */
export function fullyCreditedAfter(
  lines: CreditableLine[],
  charges: CreditableCharge[],
  credit: { lines: DraftLine[]; charges: DraftCharge[] },
): boolean {
  const linesDone = lines.every((l) => {
    const now = credit.lines.filter((c) => c.creditsLineId === l.id).reduce((sum, c) => sum.plus(new Decimal(c.quantity).abs()), zero);
    return uncreditedQuantity(l).minus(now).lte(0);
  });
  const chargesDone = charges.every((c) => {
    const now = credit.charges.filter((x) => x.creditsChargeId === c.id).reduce((sum, x) => sum.plus(new Decimal(x.amount).abs()), zero);
    return uncreditedAmount(c).minus(now).lte(0);
  });
  return linesDone && chargesDone;
}
