import { AppError } from '../../../kernel/errors.js';

export type OpportunityStatus = 'open' | 'won' | 'lost';

const dayMs = 24 * 60 * 60 * 1000;

/** An open deal is stale when it has had no activity for longer than its stage's inactivity limit. */
export function isStale(status: OpportunityStatus, lastActivityAt: Date, inactivityDays: number | null, now: Date): boolean {
  if (status !== 'open' || inactivityDays === null) return false;
  return now.getTime() - lastActivityAt.getTime() > inactivityDays * dayMs;
}

/** Only open deals move, win or lose; a closed deal says which state it is in. */
export function assertOpen(status: OpportunityStatus, action: string): void {
  if (status !== 'open') throw new AppError('invalid_state', `The opportunity is ${status}; only an open opportunity can ${action}.`, { extra: { state: status } });
}

/** A won deal is certain and a lost one is nothing: probability and forecast follow the outcome. */
export function closingValues(outcome: 'won' | 'lost') {
  return outcome === 'won' ? { probability: '100', forecastCategory: 'commit' as const } : { probability: '0', forecastCategory: 'omitted' as const };
}

export const defaultStages = [
  { name: 'Qualification', probability: '10', inactivityDays: 14 },
  { name: 'Needs analysis', probability: '25', inactivityDays: 21 },
  { name: 'Proposal', probability: '50', inactivityDays: 14 },
  { name: 'Negotiation', probability: '75', inactivityDays: 10 },
] as const;

export const defaultLostReasons = ['Price', 'Product', 'Delivery', 'Service', 'Competitor', 'No decision'] as const;
