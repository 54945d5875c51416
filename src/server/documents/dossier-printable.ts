import type { ActivityEntry } from '../../contracts/activity.js';
import type { Account, Contact } from '../../contracts/accounts.js';
import type { Locale, Money } from '../../contracts/common.js';
import { minorUnitOf } from '../kernel/money.js';
import type { OpenDeal } from '../modules/opportunities/index.js';
import type { OpenOrder } from '../modules/orders/index.js';
import type { OpenQuote } from '../modules/quotes/index.js';
import type { RecentTimeEntry } from '../modules/tasks/index.js';
import { formatDateForLocale, formatDecimalForLocale, type LabelValue, type PrintableSection, type SectionedDocument } from '../platform/pdf/index.js';
import { documentLabels, dossierLabels } from './document-labels.js';
import { formattersFor, partyLines, type Party } from './printable.js';
import { accountParty } from './quote-printable.js';

/** Everything a rep takes to a visit, read in one transaction as the rep sees it. */
export type DossierData = {
  account: Account;
  ownerName: string;
  /** The credit assessment, in the organisation's base currency; null when it could not be made. */
  credit: { rating: string; openBalance: string; overdueBalance: string; currency: string } | null;
  contacts: Contact[];
  deals: OpenDeal[];
  quotes: OpenQuote[];
  orders: OpenOrder[];
  /** The last tasks and notes (newest first). */
  activity: ActivityEntry[];
  time: RecentTimeEntry[];
  /** The day it is printed (YYYY-MM-DD). */
  today: string;
};

// Phone numbers are runs of digits and spaces: isolated left to right (LRI … PDI) they keep their order in Persian text.
const ltr = (text: string) => (text ? `\u2066${text}\u2069` : '');

const oneLine = (text: string, max = 400) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The account dossier on paper: the customer and its terms, then one titled section per kind of record. */
export function dossierPrintable(d: DossierData, issuer: Party, locale: Locale): SectionedDocument {
  const l = dossierLabels[locale];
  const doc = documentLabels[locale];
  const date = (iso: string) => formatDateForLocale(iso.slice(0, 10), locale);
  const { account } = d;
  const { number } = formattersFor(locale, account.currency);
  const money = (m: Money) => `${formatDecimalForLocale(m.amount, locale, minorUnitOf(m.currency))} ${m.currency}`;
  const table = (title: string, columns: [string, 'start' | 'end', number][], rows: string[][]): PrintableSection => ({
    kind: 'table',
    title,
    columns: columns.map(([label, align, width]) => ({ label, align, width })),
    rows,
    empty: l.none,
  });

  const meta: LabelValue[] = [
    { label: l.printedOn, value: date(d.today) },
    { label: doc.paymentTerms, value: doc.terms[account.paymentTerms] },
    ...(account.creditLimit ? [{ label: l.creditLimit, value: money(account.creditLimit) }] : []),
    ...(d.credit
      ? [
          { label: l.creditRating, value: d.credit.rating },
          { label: l.openBalance, value: money({ amount: d.credit.openBalance, currency: d.credit.currency }) },
          { label: l.overdue, value: money({ amount: d.credit.overdueBalance, currency: d.credit.currency }) },
        ]
      : []),
  ];
  const details: LabelValue[] = [
    { label: l.owner, value: d.ownerName },
    { label: l.lifecycle, value: l.lifecycles[account.lifecycle] },
    { label: l.industry, value: account.industry },
    { label: l.phone, value: ltr(account.phone) },
    { label: l.email, value: account.email },
    { label: l.website, value: account.website },
    { label: l.currency, value: account.currency },
    { label: l.notes, value: account.notes },
  ].filter((f) => f.value.trim() !== '');

  const c = l.contactColumns;
  const contacts = d.contacts.map((p) => [
    [p.firstName, p.lastName].filter(Boolean).join(' ') + (p.isPrimary ? ` · ${l.primary}` : ''),
    p.jobTitle,
    p.email,
    [p.phone, p.mobile].filter(Boolean).map(ltr).join(' · '),
  ]);
  const dc = l.dealColumns;
  const deals = d.deals.map((deal) => [deal.name, deal.stageName, money(deal.amount), number(deal.probability), deal.expectedCloseDate ? date(deal.expectedCloseDate) : '']);
  const qc = l.quoteColumns;
  const quotes = d.quotes.map((q) => [q.revision > 1 ? `${q.number} ${doc.revision} ${number(String(q.revision))}` : q.number, l.quoteStatuses[q.status], date(q.issueDate), date(q.validUntil), money(q.total)]);
  const oc = l.orderColumns;
  const orders = d.orders.map((o) => [o.number, o.status in l.orderStatuses ? l.orderStatuses[o.status as keyof typeof l.orderStatuses] : o.status, date(o.orderDate), money(o.total)]);
  const ac = l.activityColumns;
  const activity = d.activity.flatMap((e) => {
    if (e.kind === 'note') return [[date(e.occurredAt), l.activityKinds.note, oneLine(e.note.body), e.actorName ?? '']];
    if (e.kind === 'task_created' || e.kind === 'task_completed') {
      const detail = e.kind === 'task_completed' && e.task.outcome ? `${e.task.subject} — ${oneLine(e.task.outcome, 200)}` : e.task.subject;
      return [[date(e.occurredAt), l.activityKinds[e.kind], detail, e.actorName ?? '']];
    }
    return [];
  });
  const tc = l.timeColumns;
  const time = d.time.map((t) => [date(t.date), t.userName, t.taskSubject, number(String(t.minutes)), oneLine(t.comment, 200)]);

  const customer = accountParty(account);
  return {
    direction: locale === 'fa' ? 'rtl' : 'ltr',
    title: l.title,
    number: account.name,
    issuer: { name: issuer.name, lines: partyLines(issuer, doc) },
    customer: { heading: l.customer, name: customer.name, lines: partyLines(customer, doc) },
    meta,
    sections: [
      { kind: 'fields', title: l.details, fields: details },
      table(l.contacts, [[c.name, 'start', 2.2], [c.jobTitle, 'start', 1.6], [c.email, 'start', 2.2], [c.phone, 'start', 1.6]], contacts),
      table(l.deals, [[dc.name, 'start', 2.6], [dc.stage, 'start', 1.4], [dc.amount, 'end', 1.6], [dc.probability, 'end', 0.8], [dc.closeDate, 'end', 1.2]], deals),
      table(l.quotes, [[qc.number, 'start', 1.8], [qc.status, 'start', 1], [qc.issueDate, 'end', 1.1], [qc.validUntil, 'end', 1.1], [qc.total, 'end', 1.5]], quotes),
      table(l.orders, [[oc.number, 'start', 1.8], [oc.status, 'start', 1.6], [oc.date, 'end', 1.1], [oc.total, 'end', 1.5]], orders),
      table(l.activity, [[ac.date, 'start', 1], [ac.what, 'start', 1.3], [ac.detail, 'start', 3.7], [ac.who, 'start', 1.3]], activity),
      table(l.time, [[tc.date, 'start', 1], [tc.person, 'start', 1.3], [tc.task, 'start', 2.2], [tc.minutes, 'end', 0.7], [tc.comment, 'start', 2.4]], time),
    ],
    pageLabel: (page, pages) => doc.page(number(String(page)), number(String(pages))),
  };
}
