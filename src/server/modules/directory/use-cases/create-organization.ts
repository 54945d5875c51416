import { randomUUID } from 'node:crypto';
import type { Locale } from '../../../../contracts/common.js';
import { systemClock } from '../../../kernel/clock.js';
import { actorOf } from '../../../platform/access/actor.js';
import { recordAudit, systemActor } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/database.js';
import { withTenant } from '../../../platform/db/tenant.js';
import { hashPassword } from '../../../platform/security/passwords.js';
import { auditable } from '../dto.js';
import { insertOrganization } from '../organizations.repository.js';
import { insertUser } from '../users.repository.js';

export type NewOrganization = {
  name: string;
  baseCurrency?: string;
  defaultLocale?: Locale;
  admin: { email: string; name: string; password: string };
  /** Other modules' defaults (e.g. a first pipeline), set up by the admin in the same transaction. */
  setUp?: (ctx: Ctx) => Promise<void>;
};

/** Creates an organisation and its first admin (first start, demo data, tests), on record as a system change. */
export async function createOrganization(db: Db, input: NewOrganization): Promise<{ orgId: string; adminId: string }> {
  const orgId = randomUUID();
  const passwordHash = await hashPassword(input.admin.password);
  return withTenant(db, orgId, null, async (tx) => {
    const actor = systemActor(orgId);
    const org = await insertOrganization(tx, {
      id: orgId,
      name: input.name,
      baseCurrency: input.baseCurrency ?? 'EUR',
      defaultLocale: input.defaultLocale ?? 'en',
    });
    await recordAudit(tx, actor, { entityType: 'organization', entityId: org.id, action: 'create', after: auditable(org) });
    const admin = await insertUser(tx, {
      orgId,
      email: input.admin.email.toLowerCase(),
      name: input.admin.name,
      role: 'admin',
      locale: input.defaultLocale ?? 'en',
      passwordHash,
    });
    await recordAudit(tx, actor, { entityType: 'users', entityId: admin.id, action: 'create', after: auditable(admin) });
    if (input.setUp) {
      const adminActor = actorOf({ orgId, userId: admin.id, role: 'admin' }, { requestId: 'organization-setup' });
      await input.setUp({ tx, actor: adminActor, clock: systemClock });
    }
    return { orgId, adminId: admin.id };
  });
}
