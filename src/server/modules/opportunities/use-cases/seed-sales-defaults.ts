import type { Ctx } from '../../../platform/context.js';
import { organizationDefaultLocale } from '../../directory/index.js';
import { defaultSalesProcess } from '../domain/opportunity-rules.js';
import { createPipeline } from './create-pipeline.js';
import { createLostReason } from './manage-lost-reasons.js';

/** A new organisation starts with a working sales process in its language: one pipeline and the usual lost reasons. */
export async function seedSalesDefaults(ctx: Ctx): Promise<void> {
  const process = defaultSalesProcess[await organizationDefaultLocale(ctx.tx, ctx.actor.orgId)];
  await createPipeline(ctx, { name: process.pipeline, isDefault: true, stages: process.stages.map((s) => ({ ...s })) });
  for (const name of process.lostReasons) await createLostReason(ctx, { name });
}
