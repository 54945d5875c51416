import type { App } from '../../platform/http/server.js';
import { accountsRoutes as accountRoutes } from './accounts.routes.js';
import { contactsRoutes } from './contacts.routes.js';

export { createAccount } from './use-cases/create-account.js';
export { createContact } from './use-cases/create-contact.js';
export { accountOfDocument, findVisibleAccount, findVisibleContact } from './use-cases/find-visible.js';
export { assertUsableAccount } from './use-cases/references.js';
export { markAccountCustomer } from './use-cases/mark-account-customer.js';
export { findAccountDuplicates, type AccountDuplicate } from './use-cases/find-duplicates.js';
export { contactsOfAccount } from './use-cases/contacts-of-account.js';
export { contactIdsOf } from './accounts.repository.js';

/** Accounts and their contacts: /api/v1/accounts and /api/v1/contacts. */
export function accountsRoutes(app: App): void {
  accountRoutes(app);
  contactsRoutes(app);
}
