import type { CreditPolicy, CreditRule } from '../../../../contracts/credit.js';
import { AppError } from '../../../kernel/errors.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { assertVersion } from '../../../platform/http/versioning.js';
import { findCreditPolicy, insertCreditPolicy, updateCreditPolicyRow } from '../credit.repository.js';
import { defaultCreditRules, policyErrors } from '../domain/credit-rules.js';

// The built-in policy counts as version 1, so the first stored policy is version 2 and a stale If-Match still fails.
const defaultVersion = 1;

/** The organisation's credit rules, or the default policy while none is stored. */
export async function getCreditPolicy(ctx: Pick<Ctx, 'tx'>): Promise<CreditPolicy> {
  const row = await findCreditPolicy(ctx.tx);
  return row ? { version: row.version, rules: row.rules } : { version: defaultVersion, rules: defaultCreditRules };
}

/** Replaces the rules (If-Match on the policy's version); the last rule must rate every account, so it has no conditions. */
export async function updateCreditPolicy(ctx: Ctx, rules: CreditRule[], expectedVersion?: number): Promise<CreditPolicy> {
  const errors = policyErrors(rules);
  if (errors.length > 0) throw new AppError('validation', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
  const row = await findCreditPolicy(ctx.tx, { forUpdate: true });
  assertVersion(row?.version ?? defaultVersion, expectedVersion);
  const saved = row
    ? await updateCreditPolicyRow(ctx.tx, row.id, rules)
    : await insertCreditPolicy(ctx.tx, { orgId: ctx.actor.orgId, rules, version: defaultVersion + 1, createdBy: ctx.actor.userId });
  await recordAudit(ctx.tx, ctx.actor, {
    entityType: 'credit-policies',
    entityId: saved.id,
    action: row ? 'update' : 'create',
    before: row ? { rules: row.rules } : { rules: defaultCreditRules },
    after: { rules: saved.rules },
  });
  return { version: saved.version, rules: saved.rules };
}
