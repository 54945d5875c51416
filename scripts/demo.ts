// npm run demo: loads the demo organisation into the database `npm start` uses. Stop the server first
// when it runs on the embedded database, or start it with `npm start -- --demo` instead.
import { demoAdminEmail, demoPassword, loadDemoData } from '../src/server/demo/demo-data.js';
import { readConfig } from '../src/server/platform/config.js';
import { openDatabase } from '../src/server/platform/db/database.js';

const database = await openDatabase(readConfig(), (m) => console.log(m));
try {
  const result = await loadDemoData(database.db, database.ownerUrl);
  console.log(
    result.created
      ? `Demo data loaded: ${result.users} users, ${result.accounts} accounts, ${result.deals} opportunities, ${result.leads} leads, ${result.products} products, ` +
          `${result.quotes} quotes, ${result.orders} orders, ${result.deliveries} deliveries, ${result.invoices} invoices, ${result.creditNotes} credit notes, ${result.payments} payments.`
      : 'The demo organisation is already there.',
  );
  console.log(`Sign in as ${demoAdminEmail} (or any demo user) with the password ${demoPassword}.`);
} finally {
  await database.close();
}
