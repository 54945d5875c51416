import type { Ctx } from '../../../platform/context.js';
import { defaultLostReasons, defaultStages } from '../domain/opportunity-rules.js';
import { createPipeline } from './create-pipeline.js';
import { createLostReason } from './manage-lost-reasons.js';

/** A new organisation starts with a working sales process: one pipeline and the usual lost reasons. */
export async function seedSalesDefaults(ctx: Ctx): Promise<void> {
  await createPipeline(ctx, { name: 'Sales', isDefault: true, stages: defaultStages.map((s) => ({ ...s })) });
  for (const name of defaultLostReasons) await createLostReason(ctx, { name });
}
