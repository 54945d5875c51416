import { problemSchema } from '../../../contracts/common.js';
import { organization, updateOrganizationBody } from '../../../contracts/organization.js';
import { notFound } from '../../kernel/errors.js';
import type { App } from '../../platform/http/server.js';
import { expectedVersion, withEtag } from '../../platform/http/versioning.js';
import { organizationDto } from './dto.js';
import { findOrganization } from './organizations.repository.js';
import { updateOrganization } from './use-cases/update-organization.js';

const tags = ['organization'];

export function organizationRoutes(app: App): void {
  app.get('/api/v1/organization', {
    config: { access: 'org:read' },
    schema: { tags, summary: "The caller's organisation", response: { 200: organization } },
    handler: (req, reply) => req.run(async ({ tx, actor }) => {
      const row = await findOrganization(tx, actor.orgId);
      if (!row) throw notFound('Organisation');
      return withEtag(reply, organizationDto(row));
    }),
  });

  app.patch('/api/v1/organization', {
    config: { access: 'org:manage' },
    schema: {
      tags,
      summary: 'Change the organisation (send If-Match with the version)',
      body: updateOrganizationBody,
      response: { 200: organization, 400: problemSchema, 412: problemSchema, 422: problemSchema },
    },
    handler: (req, reply) => {
      const version = expectedVersion(req);
      return req.run(async (ctx) => withEtag(reply, await updateOrganization(ctx, req.body, version)));
    },
  });
}
