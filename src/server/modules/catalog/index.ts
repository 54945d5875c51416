import type { App } from '../../platform/http/server.js';
import { exchangeRatesRoutes } from './exchange-rates.routes.js';
import { priceListsRoutes } from './price-lists.routes.js';
import { productsRoutes } from './products.routes.js';
import { taxRatesRoutes } from './tax-rates.routes.js';

export { convertToBase, type BaseAmount } from './use-cases/convert-to-base.js';
export { priceOf, type CatalogPrice, type PricePaths } from './use-cases/price-of.js';
export { getProduct } from './use-cases/get-product.js';
export { findCatalogDefaults } from './use-cases/find-defaults.js';
export { findActivePriceList, productForLine, type LineProduct } from './use-cases/document-catalog.js';
export { seedCatalogDefaults } from './use-cases/seed-catalog-defaults.js';
export { createTaxRate } from './use-cases/create-tax-rate.js';
export { updateTaxRate } from './use-cases/update-tax-rate.js';
export { createProduct } from './use-cases/create-product.js';
export { createPriceList } from './use-cases/create-price-list.js';
export { updatePriceList } from './use-cases/update-price-list.js';
export { setPrice } from './use-cases/set-price.js';
export { createExchangeRate } from './use-cases/create-exchange-rate.js';

/** Products and services, price lists and their prices, tax rates, exchange rates into the base currency. */
export function catalogRoutes(app: App): void {
  taxRatesRoutes(app);
  productsRoutes(app);
  priceListsRoutes(app);
  exchangeRatesRoutes(app);
}
