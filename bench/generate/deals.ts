import type pg from 'pg';
import { copyRows, date, timestamp, type CopyResult, type CopyValue } from '../lib/copy.js';
import { mix, Rng } from '../lib/random.js';
import { cents, dayMs, maxVisits, type User, type World } from './world.js';
import { dealKinds, lostNotes } from './words.js';

// The chance a closed deal was won, by the stage it was closed from.
const winChance = [0.02, 0.1, 0.35, 0.7];

export type Visit = { stage: number; enteredAt: number; leftAt: number | null };

export type Deal = {
  index: number;
  account: number;
  contact: number | null;
  owner: User;
  createdAt: number;
  visits: Visit[];
  status: 'open' | 'won' | 'lost';
  closedAt: number | null;
  amountCents: number;
};

/**
 * One deal's whole life, recomputed from its index wherever a table needs it (deals, their stage
 * history, leads, quotes): 1 to 7 stays in stages (4 on average), mostly forward, sometimes back; a deal
 * whose stays end before the as-of day was usually won or lost then, else it is still open.
 */
export function dealOf(world: World, index: number): Deal {
  const rng = new Rng(mix(world.seedFor('deal'), index));
  const account = world.dealAccount(index);
  const createdAt = world.createdAt(index, world.sizes.opportunities, 'opportunities');
  const count = rng.weighted([[1, 8], [2, 12], [3, 20], [4, 22], [5, 17], [6, 12], [7, 9]] as const);
  const lastStage = world.seeded.stages.length - 1;
  const visits: Visit[] = [];
  let stage = 0;
  let at = createdAt;
  for (let v = 0; v < Math.min(count, maxVisits) && at < world.asOf; v++) {
    if (v > 0) stage = stage === lastStage || (stage > 0 && rng.chance(0.2)) ? stage - 1 : stage + 1;
    const stay = Math.floor((1 + -Math.log(1 - rng.next()) * 12) * dayMs);
    visits.push({ stage, enteredAt: at, leftAt: at + stay });
    at += stay;
  }
  const last = visits[visits.length - 1]!;
  let status: Deal['status'] = 'open';
  let closedAt: number | null = null;
  if (last.leftAt! < world.asOf && rng.chance(0.85)) {
    status = rng.chance(winChance[last.stage] ?? 0) ? 'won' : 'lost';
    closedAt = last.leftAt;
  } else {
    last.leftAt = null;
  }
  return {
    index,
    account,
    contact: world.dealContact(index, account),
    owner: world.accountOwner(account),
    createdAt,
    visits,
    status,
    closedAt,
    amountCents: Math.floor(10 ** (4.7 + rng.next() * 2.6)),
  };
}

function* opportunities(world: World): Generator<CopyValue[]> {
  const { orgId, pipelineId, stages, lostReasonIds } = world.seeded;
  for (let j = 0; j < world.sizes.opportunities; j++) {
    const deal = dealOf(world, j);
    const rng = new Rng(mix(world.seedFor('deal-fields'), j));
    const last = deal.visits[deal.visits.length - 1]!;
    const lastChange = deal.closedAt ?? last.enteredAt;
    const stage = stages[last.stage]!;
    const forecast = deal.status === 'won' ? 'commit' : deal.status === 'lost' ? 'omitted' : (['pipeline', 'pipeline', 'best_case', 'commit'] as const)[last.stage] ?? 'pipeline';
    const probability = deal.status === 'won' ? '100' : deal.status === 'lost' ? '0' : stage.probability;
    const lead = world.dealLead(j);
    yield [
      world.ids.opportunity(j), orgId, deal.visits.length + (deal.closedAt === null ? 0 : 1), timestamp(deal.createdAt), timestamp(lastChange), deal.owner.id,
      deal.owner.id, `${world.accountName(deal.account)} — ${rng.pick(dealKinds)}`, world.ids.account(deal.account),
      deal.contact === null ? null : world.ids.contact(deal.contact), pipelineId, stage.id, cents(deal.amountCents), 'EUR', probability,
      date(deal.createdAt + rng.int(30, 150) * dayMs), forecast, deal.status,
      deal.status === 'lost' ? rng.pick(lostReasonIds) : null, deal.status === 'lost' ? rng.pick(lostNotes) : '',
      deal.closedAt === null ? null : timestamp(deal.closedAt), lead === null ? null : world.ids.lead(lead), timestamp(last.enteredAt), timestamp(lastChange),
    ];
  }
}

function* stageVisits(world: World): Generator<CopyValue[]> {
  const { orgId, stages } = world.seeded;
  for (let j = 0; j < world.sizes.opportunities; j++) {
    const deal = dealOf(world, j);
    const id = world.ids.opportunity(j);
    for (const [v, visit] of deal.visits.entries()) {
      yield [
        world.ids.visit(j * maxVisits + v), orgId, id, stages[visit.stage]!.id, timestamp(visit.enteredAt), deal.owner.id,
        visit.leftAt === null ? null : timestamp(visit.leftAt), visit.leftAt === null ? null : deal.owner.id,
      ];
    }
  }
}

export async function loadDeals(client: pg.ClientBase, world: World): Promise<CopyResult[]> {
  return [
    await copyRows(
      client,
      'opportunities',
      ['id', 'org_id', 'version', 'created_at', 'updated_at', 'owner_id', 'created_by', 'name', 'account_id', 'contact_id', 'pipeline_id', 'stage_id', 'amount', 'currency', 'probability',
        'expected_close_date', 'forecast_category', 'status', 'lost_reason_id', 'lost_note', 'closed_at', 'source_lead_id', 'stage_entered_at', 'last_activity_at'],
      opportunities(world),
    ),
    await copyRows(client, 'opportunity_stage_history', ['id', 'org_id', 'opportunity_id', 'stage_id', 'entered_at', 'entered_by', 'left_at', 'left_by'], stageVisits(world)),
  ];
}
