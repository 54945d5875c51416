import type pg from 'pg';
import { copyRows, date, timestamp, type CopyResult, type CopyValue } from '../lib/copy.js';
import { Rng } from '../lib/random.js';
import { dayMs, type User, type World } from './world.js';
import { cancelReasons, taskSubjects } from './words.js';

type Related = { type: 'opportunity' | 'account' | 'lead' | 'contact'; id: string; account: number | null; owner: User };

/** What a task is about: a record that existed by the time the task was created, and its owner does it. */
function relatedOf(world: World, rng: Rng, progress: number): Related {
  const upTo = (n: number) => Math.min(n - 1, Math.floor(rng.next() * progress * n));
  const type = rng.weighted([['opportunity', 40], ['account', 30], ['lead', 15], ['contact', 15]] as const);
  if (type === 'opportunity') {
    const deal = upTo(world.sizes.opportunities);
    const account = world.dealAccount(deal);
    return { type, id: world.ids.opportunity(deal), account, owner: world.accountOwner(account) };
  }
  if (type === 'account') {
    const account = upTo(world.sizes.accounts);
    return { type, id: world.ids.account(account), account, owner: world.accountOwner(account) };
  }
  if (type === 'lead') {
    const lead = upTo(world.sizes.leads);
    return { type, id: world.ids.lead(lead), account: null, owner: world.leadOwner(lead) };
  }
  const contact = upTo(world.sizes.contacts);
  const account = world.contactAccount(contact);
  return { type, id: world.ids.contact(contact), account, owner: world.accountOwner(account) };
}

const kinds = [['call', 30], ['email', 20], ['meeting', 15], ['todo', 15], ['visit', 10], ['demo', 5], ['presentation', 5]] as const;

function* tasks(world: World): Generator<CopyValue[]> {
  const rng = new Rng(world.seedFor('tasks'));
  const { orgId } = world.seeded;
  const n = world.sizes.tasks;
  for (let t = 0; t < n; t++) {
    const created = world.createdAt(t, n, 'tasks');
    const related = relatedOf(world, rng, (t + 1) / n);
    const kind = rng.weighted(kinds);
    const assignee = related.owner;
    const controller = rng.chance(0.5) ? world.managerOf(assignee) : assignee;
    const due = created + rng.int(0, 30) * dayMs;
    let status: 'pending' | 'in_progress' | 'done' | 'cancelled';
    if (due < world.asOf) status = rng.weighted([['done', 75], ['cancelled', 10], ['pending', 15]] as const);
    else status = rng.weighted([['pending', 70], ['in_progress', 30]] as const);
    const started = timestamp(Math.min(due, created + dayMs, world.asOf - 1000));
    const finished = status === 'done' || status === 'cancelled' ? timestamp(Math.min(due, world.asOf - 1000)) : null;
    const timed = kind === 'call' || kind === 'meeting' || kind === 'visit' || kind === 'demo' || kind === 'presentation';
    const version = status === 'pending' ? 1 : status === 'in_progress' ? 2 : 3;
    yield [
      world.ids.task(t), orgId, version, timestamp(created), finished ?? (status === 'in_progress' ? started : timestamp(created)), assignee.id, kind, rng.pick(taskSubjects[kind]!),
      related.type, related.id, related.account === null ? null : world.ids.account(related.account), assignee.id, controller.id,
      rng.weighted([['normal', 6], ['high', 2], ['low', 1], ['urgent', 1]] as const), status, date(due),
      status === 'done' && timed ? rng.pick([15, 30, 45, 60, 90]) : null, status === 'done' ? rng.pick(['Interested', 'Call again next month', 'Sent the offer', 'No answer']) : '',
      status === 'cancelled' ? rng.pick(cancelReasons) : '', status === 'in_progress' || status === 'done' ? started : null, status === 'done' ? finished : null, status === 'cancelled' ? finished : null,
    ];
  }
}

export async function loadTasks(client: pg.ClientBase, world: World): Promise<CopyResult> {
  return copyRows(
    client,
    'tasks',
    ['id', 'org_id', 'version', 'created_at', 'updated_at', 'created_by', 'kind', 'subject', 'related_type', 'related_id', 'account_id', 'assignee_id', 'controller_id',
      'priority', 'status', 'due_date', 'duration_minutes', 'outcome', 'cancel_reason', 'started_at', 'completed_at', 'cancelled_at'],
    tasks(world),
  );
}
