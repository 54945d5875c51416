import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../contracts/common';
import { en } from '../../app/i18n/locales/en';
import { es } from '../../app/i18n/locales/es';
import { fa } from '../../app/i18n/locales/fa';
import { labelKeys } from './audit-fields';
import { changeRows, eventCurrency, type ChangeRow, type RowsContext } from './audit-rows';
import { lookupIn } from './audit-text';
import { lineFactLabelKeys } from './audit-values';

const trees = { en, es, fa };

function context(locale: Locale, entityType: string, action: string, currency: string | null = 'EUR'): RowsContext {
  return { locale, lookup: lookupIn(trees[locale], en), entityType, action, currency: { before: currency, after: currency } };
}

type Changes = Record<string, { before: unknown; after: unknown }>;

/** The rows as plain text: "label: before → after", or "label: after" for a new record. */
function written(rows: ChangeRow[]): string[] {
  return rows.map((row) => {
    switch (row.type) {
      case 'value': {
        const text = (shown: (typeof row)['before']) => (shown.type === 'text' ? shown.text : shown.type === 'id' ? `#${shown.target ?? '?'}` : '∅');
        return `${row.label}: ${text(row.before)} → ${text(row.after)}`;
      }
      case 'lines':
        return `${row.label}: ${[
          ...row.changed.map((line) => `~${line.description}: ${line.facts.map((fact) => `${fact.label} ${fact.before} → ${fact.after}`).join(', ')}`),
          ...row.added.map((line) => `+${line.description}: ${line.parts.join(' · ')}`),
          ...row.removed.map((line) => `-${line.description}: ${line.parts.join(' · ')}`),
        ].join(' | ')}`;
      case 'items':
        return `${row.label}: ${[...row.added.map((item) => `+${item}`), ...row.removed.map((item) => `-${item}`)].join(' | ')}`;
      case 'entries':
        return `${row.label}: ${row.entries.map((entry) => `${entry.label}: ${row.fresh ? '' : `${entry.before.join(' · ')} → `}${entry.after.join(' · ')}`).join(' | ')}`;
    }
  });
}

const created = (values: Record<string, unknown>): Changes => Object.fromEntries(Object.entries(values).map(([field, after]) => [field, { before: null, after }]));

describe('the rows of an audit event', () => {
  it('names fields with the labels of the forms, per entity type, and humanises unknown ones', () => {
    const rows = changeRows(context('en', 'tax-rates', 'update'), { rate: { before: '10', after: '21' }, somethingNew: { before: 'a', after: 'b' } });
    expect(written(rows)).toEqual(['Rate: 10% → 21%', 'Something new: a → b']);
  });

  it('writes enums with their labels, money in the record’s currency, dates and yes/no', () => {
    const rows = changeRows(context('en', 'quotes', 'update'), {
      status: { before: 'draft', after: 'sent' },
      paymentTerms: { before: 'net_30', after: 'net_60' },
      total: { before: '0.00', after: '112.0200' },
      validUntil: { before: '2026-12-23', after: '2027-01-15' },
      isPrimary: { before: false, after: true },
    });
    expect(written(rows)).toEqual([
      'Status: Draft → Sent',
      'Payment terms: Net 30 days → Net 60 days',
      'Valid until: 23 Dec 2026 → 15 Jan 2027',
      'Primary contact: No → Yes',
      'Total: €0.00 → €112.02',
    ]);
  });

  it('writes Persian digits and Solar Hijri dates in Persian', () => {
    const rows = changeRows(context('fa', 'invoices', 'transition'), {
      status: { before: 'issued', after: 'partially_paid' },
      amountPaid: { before: '0.00', after: '50.00' },
      dueDate: { before: null, after: '2026-12-23' },
    });
    expect(written(rows)).toEqual([
      `${fa.documents.status}: ${fa.invoiceStatus.issued} → ${fa.invoiceStatus.partially_paid}`,
      `${fa.invoices.dueDate}: ∅ → ۲ دی ۱۴۰۵`,
      expect.stringMatching(/^[^:]+: \u200e?€۰٫۰۰ → \u200e?€۵۰٫۰۰$/),
    ]);
  });

  it('points ids at the records they name; a task’s related record by its type', () => {
    const id = '1cff3a0b-0000-4000-8000-000000000000';
    const rows = changeRows(context('en', 'tasks', 'update'), { ownerId: { before: null, after: id }, relatedType: { before: 'lead', after: 'account' }, relatedId: { before: id, after: id }, stageId: { before: id, after: id } });
    expect(written(rows)).toEqual(['Related to: Lead → Account', 'Related record: #accounts → #accounts', 'Owner: ∅ → #users', 'Stage: #stages → #stages']);
  });

  it('lists only the filled fields of a new record, who and what first, totals last, zero ones left out', () => {
    const rows = changeRows(
      context('en', 'quotes', 'create'),
      created({ lines: [], notes: '', total: '0.00', number: 'Q-2026-0006', status: 'draft', currency: 'EUR', revision: 1, discountPercent: '0', issueDate: '2026-11-23', rejectionReason: '', isDefault: false }),
    );
    expect(rows.map((row) => row.field)).toEqual(['number', 'status', 'revision', 'issueDate', 'currency']);
  });

  it('shows the quote lines added, removed and changed with quantity × price = net', () => {
    const line = (description: string, quantity: string, netAmount: string, discountPercent = '0') => ({ sku: null, unit: 'l', taxRate: '21', position: 1, quantity, netAmount, productId: null, unitPrice: '3.20', description, discountPercent });
    const rows = changeRows(context('en', 'quotes', 'update'), {
      lines: { before: [line('Aceite', '4', '12.80'), line('Agua', '2', '6.40')], after: [line('Aceite', '6', '19.20'), line('Grasa', '1', '2.88', '10')] },
      charges: { before: [], after: [{ amount: '40.00', taxRate: '21', description: 'Shipping' }] },
    });
    expect(written(rows)).toEqual([
      'Lines: ~Aceite: Quantity 4 → 6, Net €12.80 → €19.20 | +Grasa: 1 l × €3.20 −10% = €2.88 | -Agua: 2 l × €3.20 = €6.40',
      'Extra charges: +Shipping: €40.00',
    ]);
  });

  it('shows what a delivery changed on an order’s lines, in Spanish', () => {
    const rows = changeRows(context('es', 'orders', 'update'), {
      lines: { before: ['1. Cable: 10 m, delivered 0, invoiced 0', '2. Café: 5 kg, delivered 5, invoiced 0'], after: ['1. Cable: 10 m, delivered 6, invoiced 0', '2. Café: 5 kg, delivered 5, invoiced 0'] },
    });
    expect(written(rows)).toEqual([`${es.documents.lines}: ~Cable: ${es.orders.delivered} 0 → 6`]);
  });

  it('sums up objects such as the parties of an invoice as key: value', () => {
    const parties = {
      issuer: { name: 'Suministros Iberia S.L.', taxIds: [{ value: 'B12345674', scheme: 'ES:NIF' }] },
      customer: { name: 'Hostelería Costa Sol', taxId: '', address: { city: 'Bilbao', region: 'País Vasco', street: '', country: 'ES', postalCode: '' }, legalName: '' },
    };
    const rows = changeRows(context('en', 'invoices', 'transition'), { parties: { before: null, after: parties } });
    expect(written(rows)).toEqual(['Parties: Issuer: Suministros Iberia S.L. · Tax ids: ES:NIF B12345674 | Customer: Hostelería Costa Sol · Address: Bilbao, País Vasco, Spain']);
    const renamed = { ...parties, customer: { ...parties.customer, name: 'Costa Sol S.L.' } };
    expect(written(changeRows(context('en', 'invoices', 'update'), { parties: { before: parties, after: renamed } }))).toEqual([
      'Parties: Customer: Hostelería Costa Sol · Address: Bilbao, País Vasco, Spain → Costa Sol S.L. · Address: Bilbao, País Vasco, Spain',
    ]);
  });

  it('writes money given as amount and currency', () => {
    const rows = changeRows(context('en', 'accounts', 'update'), { creditLimit: { before: null, after: { amount: '25000.00', currency: 'USD' } } });
    expect(written(rows)).toEqual(['Credit limit: ∅ → US$25,000.00']);
  });

  it('lists what was added to and removed from a plain list', () => {
    const rows = changeRows(context('en', 'organization', 'update'), { taxIds: { before: [{ value: 'X1', scheme: 'ES:NIF' }], after: [{ value: 'B12345674', scheme: 'ES:NIF' }] } });
    expect(written(rows)).toEqual(['Tax ids: +ES:NIF B12345674 | -ES:NIF X1']);
  });

  it('keeps secrets hidden and drops rows that say nothing', () => {
    const rows = changeRows(context('en', 'users', 'update'), { passwordHash: { before: '[redacted]', after: '[redacted]' }, notes: { before: null, after: '' } });
    expect(written(rows)).toEqual(['Password: hidden → hidden']);
  });
});

describe('the currency of an event', () => {
  it('is the one the event sets, else the record’s', () => {
    expect(eventCurrency({ currency: { before: null, after: 'MXN' } }, 'EUR')).toEqual({ before: 'MXN', after: 'MXN' });
    expect(eventCurrency({ currency: { before: 'EUR', after: 'USD' } }, 'USD')).toEqual({ before: 'EUR', after: 'USD' });
    expect(eventCurrency({ total: { before: '1', after: '2' } }, 'EUR')).toEqual({ before: 'EUR', after: 'EUR' });
  });

  it('is left out when unknown: amounts are plain decimals then', () => {
    const rows = changeRows(context('en', 'payments', 'update', null), { amount: { before: '10.5', after: '1234.5' } });
    expect(written(rows)).toEqual(['Amount: 10.5 → 1,234.5']);
  });
});

describe('the translations the audit maps name', () => {
  it.each(Object.entries(trees))('exist in %s', (_, tree) => {
    const lookup = lookupIn(tree);
    expect([...labelKeys, ...lineFactLabelKeys].filter((key) => lookup(key) === undefined)).toEqual([]);
  });
});
