import { hashString, mix, uuidMaker } from '../lib/random.js';
import { companyWords, legalForms } from './words.js';

/** Row counts at scale 1 (issue 6); users, teams and the catalog do not scale. */
export const fullSizes = { accounts: 200_000, contacts: 400_000, leads: 1_000_000, opportunities: 1_000_000, tasks: 5_000_000, quotes: 100_000 } as const;
export const linesPerQuote = 3;
export const teamCount = 5;
export const usersPerTeam = 10;
export const productCount = 100;
export const maxVisits = 7;
/** The data covers this many days up to the as-of day. */
export const spanDays = 730;
export const dayMs = 86_400_000;

export type Sizes = { -readonly [K in keyof typeof fullSizes]: number };

export function sizesFor(scale: number): Sizes {
  const sized = (n: number) => Math.max(1, Math.round(n * scale));
  return {
    accounts: sized(fullSizes.accounts),
    contacts: sized(fullSizes.contacts),
    leads: sized(fullSizes.leads),
    opportunities: sized(fullSizes.opportunities),
    tasks: sized(fullSizes.tasks),
    quotes: Math.min(sized(fullSizes.quotes), sized(fullSizes.opportunities)),
  };
}

export type Stage = { id: string; probability: string };
export type Product = { id: string; sku: string; name: string; unit: string; unitPrice: string; taxRate: string; taxRateId: string };
export type User = { id: string; email: string; role: 'sales_manager' | 'sales_rep'; team: number };

/** What the organisation already has after createOrganizationWithDefaults, read back before the load. */
export type Seeded = {
  orgId: string;
  adminId: string;
  pipelineId: string;
  stages: Stage[];
  lostReasonIds: string[];
  standardTaxRate: { id: string; rate: string };
  priceListId: string;
};

// Table codes inside the generated UUIDs.
const tables = { team: 1, user: 2, taxRate: 3, product: 4, price: 5, account: 6, contact: 7, lead: 8, opportunity: 9, visit: 10, task: 11, quote: 12, line: 13 } as const;

/** Everything the table generators share: sizes, time, ids and the references between tables. */
export class World {
  readonly ids: { [K in keyof typeof tables]: (index: number) => string };
  readonly start: number;
  readonly users: User[];

  constructor(
    readonly seeded: Seeded,
    readonly sizes: Sizes,
    readonly seed: number,
    /** Midnight UTC of the as-of day: everything generated happened before it. */
    readonly asOf: number,
    readonly emailDomain: string,
  ) {
    const orgTag = mix(hashString(seeded.orgId), seed);
    this.ids = Object.fromEntries(Object.entries(tables).map(([name, code]) => [name, uuidMaker(orgTag, code)])) as World['ids'];
    this.start = asOf - spanDays * dayMs;
    this.users = [];
    for (let team = 0; team < teamCount; team++) {
      for (let m = 0; m < usersPerTeam; m++) {
        const index = team * usersPerTeam + m;
        const manager = m === 0;
        this.users.push({
          id: this.ids.user(index),
          email: manager ? `manager-${team + 1}@${emailDomain}` : `rep-${team + 1}-${m}@${emailDomain}`,
          role: manager ? 'sales_manager' : 'sales_rep',
          team,
        });
      }
    }
  }

  /** A per-table seed. */
  seedFor(table: string): number {
    return mix(this.seed, hashString(table));
  }

  /** Rows are created in time order over the span, like a real table filled day by day. */
  createdAt(index: number, count: number, table: string): number {
    const jitter = (mix(this.seedFor(table), index) / 4294967296) * 0.9;
    return this.start + Math.floor(((index + jitter) / count) * (spanDays - 1) * dayMs);
  }

  managerOf(user: User): User {
    return this.users[user.team * usersPerTeam]!;
  }

  accountOwner(account: number): User {
    return this.users[mix(this.seedFor('account-owner'), account) % this.users.length]!;
  }

  accountName(account: number): string {
    const h = mix(this.seedFor('account-name'), account);
    const first = companyWords[h % companyWords.length]!;
    const second = companyWords[(h >>> 8) % companyWords.length]!;
    return `${first} ${second} ${legalForms[(h >>> 16) % legalForms.length]!}`;
  }

  /** Contact c belongs to account c mod accounts: every account gets its contacts before any gets more. */
  contactAccount(contact: number): number {
    return contact % this.sizes.accounts;
  }

  /** A deal's account: deals created later reach only accounts that exist by then. */
  dealAccount(deal: number): number {
    const upTo = Math.max(1, Math.floor(((deal + 1) / this.sizes.opportunities) * this.sizes.accounts));
    return mix(this.seedFor('deal-account'), deal) % upTo;
  }

  /** One of the account's contacts, or none when the account has no contact. */
  dealContact(deal: number, account: number): number | null {
    const perAccount = Math.ceil(this.sizes.contacts / this.sizes.accounts);
    for (let k = 0; k < perAccount; k++) {
      const contact = account + (((deal + k) % perAccount) * this.sizes.accounts);
      if (contact < this.sizes.contacts) return contact;
    }
    return null;
  }

  /** Every tenth deal came from a lead with the same index (when there is one): lead i ↔ deal i. */
  dealLead(deal: number): number | null {
    return deal % 10 === 0 && deal < this.sizes.leads ? deal : null;
  }

  leadConverted(lead: number): boolean {
    return lead % 10 === 0 && lead < this.sizes.opportunities;
  }

  leadOwner(lead: number): User {
    return this.users[mix(this.seedFor('lead-owner'), lead) % this.users.length]!;
  }

  /** The deal quote q was made for: quotes spread evenly over the deals, at most one each. */
  quoteDeal(quote: number): number {
    return Math.floor((quote * this.sizes.opportunities) / this.sizes.quotes);
  }
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Integer cents as a decimal string: generated amounts never pass through a float. */
export function cents(value: number): string {
  return `${Math.floor(value / 100)}.${pad2(value % 100)}`;
}
