import type { Account, Address } from '../../contracts/accounts.js';
import type { Locale } from '../../contracts/common.js';
import type { Quote } from '../../contracts/quotes.js';
import type { PrintableDocument } from '../platform/pdf/index.js';
import { toPrintable, type Party } from './printable.js';

export function addressLines(a: Address): string[] {
  const cityLine = [a.postalCode, a.city].filter(Boolean).join(' ');
  return [a.street, [cityLine, a.region].filter(Boolean).join(', '), a.country ?? ''].filter((l) => l.trim() !== '');
}

export function accountParty(account: Account): Party {
  return { name: account.name, legalName: account.legalName, taxId: account.taxId, addressLines: addressLines(account.address) };
}

/** A quote on paper: its number and revision, validity, terms, lines and EN 16931 totals. */
export function quotePrintable(quote: Quote, issuer: Party, customer: Party, locale: Locale): PrintableDocument {
  return toPrintable(
    {
      title: (l) => l.quote,
      number: quote.number,
      draft: quote.status === 'draft',
      issuer,
      customer,
      meta: (l, fmt) => [
        ...(quote.revision > 1 ? [{ label: l.revision, value: fmt.number(String(quote.revision)) }] : []),
        { label: l.issueDate, value: fmt.date(quote.issueDate) },
        { label: l.validUntil, value: fmt.date(quote.validUntil) },
        { label: l.paymentTerms, value: l.terms[quote.paymentTerms] },
        ...(quote.deliveryTerms ? [{ label: l.deliveryTerms, value: quote.deliveryTerms }] : []),
      ],
      lines: quote.lines,
      charges: quote.charges,
      totals: quote.totals,
      notes: () => [quote.notes],
    },
    locale,
  );
}
