import { uuid } from '../../../contracts/common.js';
import { createTerritoryBody, territory, updateTerritoryBody } from '../../../contracts/territories.js';
import { listQuery } from '../../platform/http/collection.js';
import { recordRoutes } from '../../platform/http/record-routes.js';
import type { App } from '../../platform/http/server.js';
import { territoryDto } from './dto.js';
import { findTerritory, listTerritories } from './territories.repository.js';
import { archiveTerritory } from './use-cases/archive-territory.js';
import { createTerritory } from './use-cases/create-territory.js';
import { updateTerritory } from './use-cases/update-territory.js';

export function territoriesRoutes(app: App): void {
  recordRoutes(app, {
    resource: 'territories',
    name: 'Territory',
    access: { read: 'territories:read', write: 'territories:manage' },
    record: territory,
    get: async ({ tx }, id) => {
      const row = await findTerritory(tx, id);
      return row && territoryDto(row);
    },
    list: {
      query: listQuery({ sort: ['name', 'code', 'createdAt', 'updatedAt'], defaultSort: 'code', filters: { repId: uuid } }),
      summary: 'List territories (sales zones)',
      load: async ({ tx }, query) => {
        const page = await listTerritories(tx, query);
        return { data: page.data.map(territoryDto), nextCursor: page.nextCursor };
      },
    },
    create: { body: createTerritoryBody, summary: 'Create a territory', run: createTerritory },
    update: { body: updateTerritoryBody, summary: 'Change a territory', run: updateTerritory },
    archive: { summary: 'Archive a territory', run: archiveTerritory },
  });
}
