import type { Clock } from '../kernel/clock.js';
import type { Actor } from './access/actor.js';
import type { Tx } from './db/tenant.js';

/** What a use case gets: its transaction (scoped to the actor's organisation), the actor and the clock. */
export type Ctx = { tx: Tx; actor: Actor; clock: Clock };
