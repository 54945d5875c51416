import type { RelatedTo, RelatedType } from '../../../../contracts/tasks.js';
import { invalidField } from '../../../kernel/errors.js';
import type { Ctx } from '../../../platform/context.js';
import { accountOfDocument, findVisibleAccount, findVisibleContact } from '../../accounts/index.js';
import { territoryRep } from '../../directory/index.js';
import { findVisibleLead } from '../../leads/index.js';
import { findVisibleOpportunity } from '../../opportunities/index.js';
import { findVisibleOrder } from '../../orders/index.js';
import { findVisibleQuote } from '../../quotes/index.js';
import { findProject } from '../projects.repository.js';

/** What a task takes from the record it concerns: the account (and project) to file it under, and the lead's owner. */
export type RelatedRecord = { type: RelatedType; id: string; accountId: string | null; projectId: string | null; leadOwnerId: string | null };

/** How a record is named to people (a calendar event, a timeline, a dossier). */
type Found = { archivedAt: string | Date | null; accountId: string | null; title: string; projectId?: string; leadOwnerId?: string; closed?: string } | undefined;

async function lookUp(ctx: Ctx, { type, id }: RelatedTo): Promise<Found> {
  switch (type) {
    case 'account': {
      const account = await findVisibleAccount(ctx, id);
      return account && { archivedAt: account.archivedAt, accountId: account.id, title: account.name };
    }
    case 'contact': {
      const contact = await findVisibleContact(ctx, id);
      return contact && { archivedAt: contact.archivedAt, accountId: contact.accountId, title: [contact.firstName, contact.lastName].filter(Boolean).join(' ') };
    }
    case 'lead': {
      const lead = await findVisibleLead(ctx, id);
      return lead && { archivedAt: lead.archivedAt, accountId: lead.convertedAccountId, leadOwnerId: lead.ownerId, title: [lead.name, lead.company].filter(Boolean).join(' · ') };
    }
    case 'opportunity': {
      const deal = await findVisibleOpportunity(ctx, id);
      return deal && { archivedAt: deal.archivedAt, accountId: deal.accountId, title: deal.name };
    }
    case 'quote': {
      const quote = await findVisibleQuote(ctx, id);
      return quote && { archivedAt: quote.archivedAt, accountId: quote.accountId, title: `${quote.number} rev. ${quote.revision}` };
    }
    case 'order': {
      const order = await findVisibleOrder(ctx, id);
      return order && { archivedAt: order.archivedAt, accountId: order.accountId, title: order.number };
    }
    case 'project': {
      const project = await findProject(ctx.tx, ctx.actor, id);
      return project && { archivedAt: project.archivedAt, accountId: project.accountId, projectId: project.id, title: project.name, ...(project.status !== 'active' ? { closed: project.status } : {}) };
    }
  }
}

/** The record if the caller may see it (archived ones too): its title and account; undefined otherwise. */
export async function describeRelated(ctx: Ctx, relatedTo: RelatedTo): Promise<{ title: string; accountId: string | null; archived: boolean } | undefined> {
  const found = await lookUp(ctx, relatedTo);
  return found && { title: found.title, accountId: found.accountId, archived: found.archivedAt !== null };
}

/** The record a task concerns, which must exist, be visible to the caller and not be archived (422 on relatedTo.id otherwise). */
export async function resolveRelated(ctx: Ctx, relatedTo: RelatedTo): Promise<RelatedRecord> {
  const found = await lookUp(ctx, relatedTo);
  if (!found) throw invalidField('relatedTo.id', `no ${relatedTo.type} with this id that you may see`);
  if (found.archivedAt) throw invalidField('relatedTo.id', `the ${relatedTo.type} is archived`);
  if (found.closed) throw invalidField('relatedTo.id', `the ${relatedTo.type} is ${found.closed}`);
  return { ...relatedTo, accountId: found.accountId, projectId: found.projectId ?? null, leadOwnerId: found.leadOwnerId ?? null };
}

/** The people an assignment rule chooses among: the account's owner and its territory's rep (whoever may see the account). */
export async function peopleOf(ctx: Ctx, related: RelatedRecord) {
  const account = related.accountId ? await accountOfDocument(ctx, related.accountId) : undefined;
  return {
    accountOwnerId: account?.ownerId ?? null,
    territoryRepId: account?.territoryId ? await territoryRep(ctx.tx, account.territoryId) : null,
    leadOwnerId: related.leadOwnerId,
  };
}
