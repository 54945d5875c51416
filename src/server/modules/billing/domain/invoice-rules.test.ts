import { describe, expect, it } from 'vitest';
import { AppError } from '../../../kernel/errors.js';
import { amountDue, assertCreditable, assertDraft, assertPayable, dueDateFor, fiscalYearOf, isOverdue, settledStatus } from './invoice-rules.js';

describe('due dates and fiscal years', () => {
  it.each([
    ['prepayment', '2026-03-10', '2026-03-10'],
    ['on_delivery', '2026-03-10', '2026-03-10'],
    ['net_15', '2026-03-10', '2026-03-25'],
    ['net_30', '2026-12-15', '2027-01-14'],
    ['net_60', '2028-01-31', '2028-03-31'],
    ['net_90', '2026-11-30', '2027-02-28'],
  ] as const)('%s from %s is due on %s', (terms, issued, due) => {
    expect(dueDateFor(terms, issued)).toBe(due);
  });

  it('takes the fiscal year from the issue date', () => {
    expect(fiscalYearOf('2026-12-31')).toBe(2026);
    expect(fiscalYearOf('2027-01-01')).toBe(2027);
  });
});

describe('overdue', () => {
  it.each([
    { kind: 'invoice', status: 'issued', dueDate: '2026-03-09', overdue: true },
    { kind: 'invoice', status: 'partially_paid', dueDate: '2026-03-09', overdue: true },
    { kind: 'invoice', status: 'issued', dueDate: '2026-03-10', overdue: false }, // due today
    { kind: 'invoice', status: 'paid', dueDate: '2026-01-01', overdue: false },
    { kind: 'invoice', status: 'credited', dueDate: '2026-01-01', overdue: false },
    { kind: 'invoice', status: 'draft', dueDate: null, overdue: false },
    { kind: 'down_payment', status: 'issued', dueDate: '2026-03-01', overdue: true },
    { kind: 'credit_note', status: 'issued', dueDate: '2026-03-01', overdue: false },
  ] as const)('a $status $kind due $dueDate is overdue on 2026-03-10: $overdue', ({ overdue, ...invoice }) => {
    expect(isOverdue(invoice, '2026-03-10')).toBe(overdue);
  });
});

describe('amounts and status', () => {
  const invoice = (amountPaid: string, amountCredited = '0') => ({ kind: 'invoice' as const, total: '121.00', amountPaid, amountCredited });

  it.each([
    ['0', '0', false, 'issued'],
    ['21.00', '0', false, 'partially_paid'],
    ['121.00', '0', false, 'paid'],
    ['21.00', '100.00', false, 'paid'],
    ['0', '21.00', false, 'issued'],
    ['0', '121.00', true, 'credited'],
    ['121.00', '121.00', true, 'credited'],
  ] as const)('paid %s, credited %s (fully credited: %s) → %s', (paid, credited, fully, status) => {
    expect(settledStatus(invoice(paid, credited), fully)).toBe(status);
  });

  it('owes total − paid − credited; a credit note owes nothing', () => {
    expect(amountDue(invoice('21.00', '50.00')).toFixed(2)).toBe('50.00');
    expect(amountDue({ kind: 'credit_note', total: '-50.00', amountPaid: '0', amountCredited: '0' }).toFixed(2)).toBe('0.00');
  });
});

describe('what each state allows', () => {
  const refusal = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      return { code: (error as AppError).code, state: (error as AppError).extra?.state };
    }
    return undefined;
  };

  it('edits, archives and issues only drafts, naming the state otherwise', () => {
    expect(refusal(() => assertDraft({ status: 'draft', archivedAt: null }, 'be issued'))).toBeUndefined();
    expect(refusal(() => assertDraft({ status: 'issued', archivedAt: null }, 'be issued'))).toEqual({ code: 'invalid_state', state: 'issued' });
    expect(refusal(() => assertDraft({ status: 'draft', archivedAt: new Date() }, 'be issued'))).toEqual({ code: 'invalid_state', state: 'archived' });
  });

  it.each([
    ['invoice', 'issued', undefined, undefined],
    ['invoice', 'partially_paid', undefined, undefined],
    ['invoice', 'paid', undefined, 'paid'],
    ['invoice', 'draft', 'draft', 'draft'],
    ['invoice', 'credited', 'credited', 'credited'],
    ['down_payment', 'paid', undefined, 'paid'],
    ['credit_note', 'issued', 'credit_note', 'credit_note'],
  ] as const)('a %s %s: credit refused as %s, payment refused as %s', (kind, status, credit, payment) => {
    expect(refusal(() => assertCreditable({ kind, status }))?.state).toBe(credit);
    expect(refusal(() => assertPayable({ kind, status }))?.state).toBe(payment);
  });
});
