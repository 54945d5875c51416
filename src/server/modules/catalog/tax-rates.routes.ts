import { countryCode, createTaxRateBody, taxRate, updateTaxRateBody } from '../../../contracts/catalog.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { taxRateDto } from './dto.js';
import { findTaxRate, listTaxRates } from './tax-rates.repository.js';
import { archiveTaxRate } from './use-cases/archive-tax-rate.js';
import { createTaxRate } from './use-cases/create-tax-rate.js';
import { updateTaxRate } from './use-cases/update-tax-rate.js';

export function taxRatesRoutes(app: App): void {
  recordRoutes(app, {
    resource: 'tax-rates',
    name: 'Tax rate',
    access: { read: 'catalog:read', write: 'catalog:manage' },
    record: taxRate,
    get: async ({ tx }, id) => {
      const row = await findTaxRate(tx, id);
      return row && taxRateDto(row);
    },
    list: {
      query: listQuery({ sort: ['name', 'createdAt', 'updatedAt'], defaultSort: 'name', filters: { country: countryCode } }),
      summary: 'List tax rates (q searches the name)',
      load: async ({ tx }, query) => {
        const page = await listTaxRates(tx, query);
        return { data: page.data.map(taxRateDto), nextCursor: page.nextCursor };
      },
    },
    create: { body: createTaxRateBody, summary: 'Create a tax rate (the first one, or one with isDefault, becomes the default)', run: createTaxRate },
    update: { body: updateTaxRateBody, summary: 'Change a tax rate or make it the default', run: updateTaxRate },
    archive: { summary: 'Archive a tax rate (not the default; products keep it)', run: archiveTaxRate },
  });
}
