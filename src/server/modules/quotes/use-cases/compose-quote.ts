import type { PaymentTerms } from '../../../../contracts/accounts.js';
import type { UpdateQuoteBody } from '../../../../contracts/quotes.js';
import { taxTotalOf, type Totals } from '../../../kernel/document-totals.js';
import { invalidField } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { findVisibleContact } from '../../accounts/index.js';
import { findActivePriceList, findCatalogDefaults } from '../../catalog/index.js';
import { assertValidity } from '../domain/quote-rules.js';
import { quoteTotals } from '../dto.js';
import type { NewQuoteCharge, NewQuoteLine, QuoteChargeRow, QuoteLineRow } from '../quotes.repository.js';
import { chargeValues, priceLines } from './price-lines.js';

/** What a quote says, apart from who and what it is for: the part create, PATCH and revise compose. */
export type QuoteContent = {
  contactId: string | null;
  priceListId: string | null;
  currency: string;
  validUntil: string;
  paymentTerms: PaymentTerms;
  deliveryTerms: string;
  discountPercent: string;
  notes: string;
  lines: NewQuoteLine[];
  charges: NewQuoteCharge[];
};

export type ComposedQuote = QuoteContent & { totals: Totals; linesChanged: boolean; chargesChanged: boolean };

/** The organisation's default price list when it is in this currency: product lines price from it. */
export async function defaultPriceListFor(ctx: Ctx, currency: string): Promise<string | null> {
  const { priceList } = await findCatalogDefaults(ctx);
  return priceList && priceList.currency === currency ? priceList.id : null;
}

/**
 * Applies changes to a quote's content. A change of currency needs the lines and charges again (their
 * amounts were in the old currency) and moves the price list to the default one of the new currency.
 */
export async function composeQuote(ctx: Ctx, base: QuoteContent & { accountId: string; issueDate: string }, changes: UpdateQuoteBody): Promise<ComposedQuote> {
  const currency = changes.currency ?? base.currency;
  const currencyChanged = currency !== base.currency;
  if (currencyChanged && !changes.lines && base.lines.length > 0) throw invalidField('lines', `give the lines again in ${currency}: their prices are in ${base.currency}`);
  if (currencyChanged && !changes.charges && base.charges.length > 0) throw invalidField('charges', `give the charges again in ${currency}: their amounts are in ${base.currency}`);

  let contactId = base.contactId;
  if (changes.contactId !== undefined) {
    const contact = changes.contactId ? await findVisibleContact(ctx, changes.contactId) : null;
    if (changes.contactId && (!contact || contact.accountId !== base.accountId)) throw invalidField('contactId', 'not a contact of the quote’s account');
    contactId = changes.contactId;
  }

  let priceListId = currencyChanged ? await defaultPriceListFor(ctx, currency) : base.priceListId;
  if (changes.priceListId) {
    const list = await findActivePriceList(ctx, changes.priceListId);
    if (!list) throw invalidField('priceListId', 'no active price list with this id');
    if (list.currency !== currency) throw invalidField('priceListId', `the price list is in ${list.currency}, the quote in ${currency}`);
    priceListId = list.id;
  } else if (changes.priceListId === null) {
    priceListId = null;
  }

  const validUntil = changes.validUntil ?? base.validUntil;
  assertValidity(base.issueDate, validUntil);
  const lines = changes.lines ? await priceLines(ctx, changes.lines, { currency, priceListId }) : base.lines;
  const charges = changes.charges ? chargeValues(changes.charges) : base.charges;
  const discountPercent = changes.discountPercent ?? base.discountPercent;
  return {
    contactId,
    priceListId,
    currency,
    validUntil,
    paymentTerms: changes.paymentTerms ?? base.paymentTerms,
    deliveryTerms: changes.deliveryTerms ?? base.deliveryTerms,
    discountPercent,
    notes: changes.notes ?? base.notes,
    lines,
    charges,
    totals: quoteTotals(currency, discountPercent, { lines, charges }),
    linesChanged: changes.lines !== undefined,
    chargesChanged: changes.charges !== undefined,
  };
}

/** Stored lines and charges as values to write again (a revision copies them). */
export const lineValues = (rows: QuoteLineRow[]): NewQuoteLine[] => rows.map(({ id: _id, orgId: _org, quoteId: _quote, ...line }) => line);
export const chargeRowValues = (rows: QuoteChargeRow[]): NewQuoteCharge[] => rows.map(({ id: _id, orgId: _org, quoteId: _quote, ...charge }) => charge);

/** The total columns of a quote row. */
export function totalColumns(totals: Totals) {
  return {
    netTotal: totals.net,
    discountTotal: totals.discount,
    chargesTotal: totals.charges,
    taxBase: totals.taxBase,
    taxTotal: taxTotalOf(totals),
    total: totals.total,
  };
}
