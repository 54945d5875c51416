import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParams, pageOf, problemSchema } from '../../../contracts/common.js';
import { notFound } from '../../kernel/errors.js';
import type { Permission } from '../access/permissions.js';
import { timelineRoute } from '../audit/audit.routes.js';
import type { Ctx } from '../context.js';
import type { App } from './server.js';
import { expectedVersion, withEtag } from './versioning.js';

const errors = { 400: problemSchema, 404: problemSchema, 409: problemSchema, 412: problemSchema, 422: problemSchema };

type Versioned = { version: number };

/**
 * The routes every record resource has (API.md "Collections"): list, create, get, change with
 * If-Match, archive on DELETE, and its timeline. Each route runs its use case in one transaction as
 * the caller; a record the caller may not see answers 404.
 */
export function recordRoutes<R extends z.ZodType<Versioned>, Q extends z.ZodType, C extends z.ZodType, U extends z.ZodType, L extends z.ZodType = R>(
  typedApp: App,
  options: {
    resource: string;
    /** For messages: "Tax rate not found". */
    name: string;
    access: { read: Permission; write: Permission };
    record: R;
    /** The record if the caller may see it; undefined (or a not_found error) otherwise. */
    get: (ctx: Ctx, id: string) => Promise<z.output<R> | undefined>;
    /** A get summary other than "Get one of the …". */
    getSummary?: string;
    /** item: the list's row schema when it is leaner than the record's (default: the record). */
    list: { query: Q; summary: string; item?: L; load: (ctx: Ctx, query: z.output<Q>) => Promise<{ data: z.output<L>[]; nextCursor: string | null }> };
    create?: { body: C; summary: string; run: (ctx: Ctx, body: z.output<C>) => Promise<z.output<R>> };
    update?: { body: U; summary: string; run: (ctx: Ctx, id: string, body: z.output<U>, version: number | undefined) => Promise<z.output<R>> };
    archive?: { summary: string; run: (ctx: Ctx, id: string) => Promise<void> };
  },
): void {
  // The type provider cannot follow generic schemas; options are typed above, and the zod schemas
  // below still validate every request and response at run time.
  const app = typedApp as unknown as FastifyInstance;
  const { resource, access, record } = options;
  const tags = [resource];
  const url = `/api/v1/${resource}`;

  app.get(url, {
    config: { access: access.read },
    schema: { tags, summary: options.list.summary, querystring: options.list.query, response: { 200: pageOf(options.list.item ?? record), 400: problemSchema } },
    handler: (req) => req.run((ctx) => options.list.load(ctx, req.query as z.output<Q>)),
  });

  const create = options.create;
  if (create) {
    app.post(url, {
      config: { access: access.write },
      schema: { tags, summary: create.summary, body: create.body, response: { 201: record, ...errors } },
      handler: async (req, reply) => reply.status(201).send(await req.run((ctx) => create.run(ctx, req.body as z.output<C>))),
    });
  }

  app.get(`${url}/:id`, {
    config: { access: access.read },
    schema: { tags, summary: options.getSummary ?? `Get one of the ${resource}`, params: idParams, response: { 200: record, 404: problemSchema } },
    handler: (req, reply) =>
      req.run(async (ctx) => {
        const found = await options.get(ctx, (req.params as { id: string }).id);
        if (!found) throw notFound(options.name);
        return withEtag(reply, found);
      }),
  });

  const update = options.update;
  if (update) {
    app.patch(`${url}/:id`, {
      config: { access: access.write },
      schema: { tags, summary: `${update.summary} (send If-Match with the version)`, params: idParams, body: update.body, response: { 200: record, ...errors } },
      handler: (req, reply) => {
        const version = expectedVersion(req);
        return req.run(async (ctx) => withEtag(reply, await update.run(ctx, (req.params as { id: string }).id, req.body as z.output<U>, version)));
      },
    });
  }

  const archive = options.archive;
  if (archive) {
    app.delete(`${url}/:id`, {
      config: { access: access.write },
      schema: { tags, summary: archive.summary, params: idParams, response: { 204: z.null(), ...errors } },
      handler: async (req, reply) => {
        await req.run((ctx) => archive.run(ctx, (req.params as { id: string }).id));
        return reply.status(204).send(null);
      },
    });
  }

  timelineRoute(typedApp, {
    resource,
    entityType: resource,
    access: access.read,
    assertVisible: async (ctx, id) => {
      if (!(await options.get(ctx, id))) throw notFound(options.name);
    },
  });
}
