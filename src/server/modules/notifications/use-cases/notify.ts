import type { NotificationKind } from '../../../../contracts/notifications.js';
import type { Ctx } from '../../../platform/context.js';
import { insertNotifications } from '../notifications.repository.js';

export type NotificationFact = {
  recipientId: string;
  kind: NotificationKind;
  about: { type: string; id: string; title: string };
  /** The next-action date a next_action_due notification is for. */
  dueOn?: string;
};

/**
 * Tells people something happened, in the caller's transaction: the notification commits with the
 * event or not at all. Nobody is told about what they did themselves. A next_action_due
 * notification is written once per recipient, record and date, however often it is asked for.
 */
export async function notify(ctx: Pick<Ctx, 'tx' | 'actor'>, facts: NotificationFact[]): Promise<void> {
  await insertNotifications(
    ctx.tx,
    facts
      .filter((f) => f.kind === 'next_action_due' || f.recipientId !== ctx.actor.userId)
      .map((f) => ({
        orgId: ctx.actor.orgId,
        recipientId: f.recipientId,
        kind: f.kind,
        entityType: f.about.type,
        entityId: f.about.id,
        title: f.about.title,
        actorId: f.kind === 'next_action_due' ? null : ctx.actor.userId,
        dueOn: f.dueOn ?? null,
      })),
  );
}
