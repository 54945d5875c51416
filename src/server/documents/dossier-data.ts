import { todayOf } from '../kernel/calendar.js';
import { notFound } from '../kernel/errors.js';
import { AppError } from '../kernel/errors.js';
import type { Ctx } from '../platform/context.js';
import { contactsOfAccount, findVisibleAccount } from '../modules/accounts/index.js';
import { assessCredit } from '../modules/billing/index.js';
import { getProfile } from '../modules/directory/index.js';
import { openDealsOfAccount } from '../modules/opportunities/index.js';
import { openOrdersOfAccount } from '../modules/orders/index.js';
import { openQuotesOfAccount } from '../modules/quotes/index.js';
import { recentTimeEntriesOf, recordActivity } from '../modules/tasks/index.js';
import type { DossierData } from './dossier-printable.js';

/** How much recent activity and time a dossier shows. */
const recent = 20;

/** What the caller may see of an account for its dossier (404 if they may not see the account). */
export async function loadDossier(ctx: Ctx, accountId: string): Promise<DossierData> {
  const account = await findVisibleAccount(ctx, accountId);
  if (!account) throw notFound('Account');
  const owner = await getProfile(ctx.tx, { orgId: ctx.actor.orgId, userId: account.ownerId });
  let credit: DossierData['credit'] = null;
  try {
    const assessed = await assessCredit(ctx, account.id, { amount: '0', currency: account.currency });
    credit = { rating: assessed.rating, openBalance: assessed.openBalance, overdueBalance: assessed.overdueBalance, currency: assessed.currency };
  } catch (error) {
    // e.g. no exchange rate for one of its invoices' currencies: the dossier prints without a rating.
    if (!(error instanceof AppError)) throw error;
  }
  const activity = await recordActivity(ctx, { type: 'account', id: account.id }, { limit: recent, kinds: ['task_created', 'task_completed', 'note'] });
  return {
    account,
    ownerName: owner.user.name,
    credit,
    contacts: await contactsOfAccount(ctx, account.id),
    deals: await openDealsOfAccount(ctx, account.id),
    quotes: await openQuotesOfAccount(ctx, account.id),
    orders: await openOrdersOfAccount(ctx, account.id),
    activity: activity.data,
    time: await recentTimeEntriesOf(ctx, account.id, recent),
    today: todayOf(ctx),
  };
}
