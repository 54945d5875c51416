// npm run org:create -- --name "Aceros del Norte" --email admin@aceros.example --password '…' [--currency EUR] [--locale es]
// Adds another organisation, fully isolated from the others, with its first admin.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { currencyCode } from '../src/contracts/organization.js';
import { localeSchema } from '../src/contracts/common.js';
import { password } from '../src/contracts/users.js';
import { createOrganizationWithDefaults } from '../src/server/organizations.js';
import { readConfig } from '../src/server/platform/config.js';
import { openDatabase } from '../src/server/platform/db/database.js';

const { values } = parseArgs({
  options: { name: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' }, currency: { type: 'string' }, locale: { type: 'string' } },
});
const input = z
  .object({ name: z.string().trim().min(1).max(200), email: z.email(), password, currency: currencyCode.default('EUR'), locale: localeSchema.default('en') })
  .safeParse(values);
if (!input.success) {
  console.error(input.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  process.exit(2);
}

const database = await openDatabase(readConfig(), (m) => console.log(m));
try {
  const { orgId } = await createOrganizationWithDefaults(database.db, {
    name: input.data.name,
    baseCurrency: input.data.currency,
    defaultLocale: input.data.locale,
    admin: { email: input.data.email, name: 'Administrator', password: input.data.password },
  });
  console.log(`Created the organisation "${input.data.name}" (${orgId}); its admin signs in as ${input.data.email}.`);
} finally {
  await database.close();
}
