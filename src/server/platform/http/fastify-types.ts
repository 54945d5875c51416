import type { Actor } from '../access/actor.js';
import type { RouteAccess } from '../access/permissions.js';
import type { Ctx } from '../context.js';

/* eslint-disable @typescript-eslint/consistent-type-definitions -- module augmentation needs interfaces */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; required for every /api route. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** Runs a use case in one transaction scoped to the signed-in actor's organisation. */
    run<T>(fn: (ctx: Ctx) => Promise<T>): Promise<T>;
  }
}
