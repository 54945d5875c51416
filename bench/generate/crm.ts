import type pg from 'pg';
import { copyRows, timestamp, type CopyResult, type CopyValue } from '../lib/copy.js';
import { Rng } from '../lib/random.js';
import { dealOf } from './deals.js';
import { cents, type World } from './world.js';
import { disqualifyReasons, firstNames, industries, lastNames, places } from './words.js';

const slug = (text: string) => text.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();

function* accounts(world: World): Generator<CopyValue[]> {
  const rng = new Rng(world.seedFor('accounts'));
  const { orgId } = world.seeded;
  for (let a = 0; a < world.sizes.accounts; a++) {
    const owner = world.accountOwner(a);
    const name = world.accountName(a);
    const place = rng.pick(places);
    const created = timestamp(world.createdAt(a, world.sizes.accounts, 'accounts'));
    const domain = `${slug(name)}.example`;
    yield [
      world.ids.account(a), orgId, 1, created, created, owner.id, owner.id, name, name, `B${String(10_000_000 + (a % 89_999_999))}`,
      `info@${domain}`, `+34 9${String(a % 100_000_000).padStart(8, '0')}`, `https://${domain}`, rng.pick(industries),
      `Calle ${rng.int(1, 200)}`, place.city, place.region, place.postal, place.country,
      rng.weighted([['prospect', 6], ['customer', 3], ['inactive', 1]] as const),
      rng.weighted([['net_30', 6], ['net_60', 2], ['prepayment', 1], ['net_90', 1]] as const),
      rng.chance(0.3) ? cents(rng.int(10, 500) * 100_000) : null, 'EUR',
    ];
  }
}

function* contacts(world: World): Generator<CopyValue[]> {
  const rng = new Rng(world.seedFor('contacts'));
  const { orgId } = world.seeded;
  for (let c = 0; c < world.sizes.contacts; c++) {
    const account = world.contactAccount(c);
    const owner = world.accountOwner(account);
    const first = rng.pick(firstNames);
    const last = rng.pick(lastNames);
    // A contact is created with or after its account.
    const created = timestamp(world.createdAt(account, world.sizes.accounts, 'accounts') + Math.floor(c / world.sizes.accounts) * 3_600_000);
    yield [
      world.ids.contact(c), orgId, 1, created, created, owner.id, owner.id, world.ids.account(account), first, last,
      `${slug(first)}.${slug(last)}${c % 1000}@mail.example`, `+34 6${String(c % 100_000_000).padStart(8, '0')}`, '',
      rng.pick(['Purchasing', 'CEO', 'Plant manager', 'Engineer', 'CFO', 'Buyer']), c < world.sizes.accounts,
    ];
  }
}

function* leads(world: World): Generator<CopyValue[]> {
  const rng = new Rng(world.seedFor('leads'));
  const { orgId } = world.seeded;
  for (let l = 0; l < world.sizes.leads; l++) {
    const first = rng.pick(firstNames);
    const last = rng.pick(lastNames);
    const source = rng.weighted([['web', 4], ['phone', 2], ['referral', 2], ['campaign', 2], ['event', 1], ['other', 1]] as const);
    const company = `${rng.pick(lastNames)} ${rng.pick(['Industrial', 'Trading', 'Group', 'Partners'])}`;
    const email = `${slug(first)}.${slug(last)}${l % 10_000}@lead.example`;
    if (world.leadConverted(l)) {
      // Converted into deal l: same owner, account and contact; converted when the deal was created.
      const deal = dealOf(world, l);
      const at = timestamp(deal.createdAt);
      const created = timestamp(deal.createdAt - rng.int(1, 20) * 86_400_000);
      yield [
        world.ids.lead(l), orgId, 3, created, at, deal.owner.id, deal.owner.id, first, last, company, email, '', source, 'qualified', null,
        at, world.ids.account(deal.account), deal.contact === null ? null : world.ids.contact(deal.contact), world.ids.opportunity(l),
      ];
      continue;
    }
    const owner = world.leadOwner(l);
    const created = timestamp(world.createdAt(l, world.sizes.leads, 'leads'));
    const status = rng.weighted([['new', 3], ['working', 4], ['disqualified', 3]] as const);
    yield [
      world.ids.lead(l), orgId, status === 'new' ? 1 : 2, created, created, owner.id, owner.id, first, last, company, email,
      `+34 7${String(l % 100_000_000).padStart(8, '0')}`, source, status, status === 'disqualified' ? rng.pick(disqualifyReasons) : null, null, null, null, null,
    ];
  }
}

const recordColumns = ['id', 'org_id', 'version', 'created_at', 'updated_at', 'owner_id', 'created_by'] as const;

export async function loadAccounts(client: pg.ClientBase, world: World): Promise<CopyResult[]> {
  return [
    await copyRows(client, 'accounts', [...recordColumns, 'name', 'legal_name', 'tax_id', 'email', 'phone', 'website', 'industry', 'street', 'city', 'region', 'postal_code', 'country', 'lifecycle', 'payment_terms', 'credit_limit', 'currency'], accounts(world)),
    await copyRows(client, 'contacts', [...recordColumns, 'account_id', 'first_name', 'last_name', 'email', 'phone', 'mobile', 'job_title', 'is_primary'], contacts(world)),
  ];
}

export async function loadLeads(client: pg.ClientBase, world: World): Promise<CopyResult> {
  return copyRows(
    client,
    'leads',
    [...recordColumns, 'first_name', 'last_name', 'company', 'email', 'phone', 'source', 'status', 'disqualify_reason', 'converted_at', 'converted_account_id', 'converted_contact_id', 'converted_opportunity_id'],
    leads(world),
  );
}
