import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCiclo } from '../../../src/server/main.js';

export const firstAdmin = { email: 'admin@example.com', password: 'a-long-password-1', name: 'Administrator' };
export const orgName = 'Acme Ibérica';

const webDir = fileURLToPath(new URL('../../../dist/web', import.meta.url));

export type TestServer = { url: string; stop(): Promise<void> };

/** Starts Ciclo on a free port with a fresh embedded database, serving the built web app. */
export async function startTestServer(): Promise<TestServer> {
  if (!existsSync(path.join(webDir, 'index.html'))) {
    throw new Error(`The web app is not built (${webDir}/index.html is missing): run \`npx vite build\` first.`);
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ciclo-e2e-'));
  try {
    const running = await startCiclo({
      ...process.env,
      PORT: '0',
      CICLO_DATA_DIR: dataDir,
      CICLO_ADMIN_EMAIL: firstAdmin.email,
      CICLO_ADMIN_PASSWORD: firstAdmin.password,
      CICLO_ORG_NAME: orgName,
      CICLO_WEB_DIR: webDir,
    });
    return {
      url: running.url,
      stop: async () => {
        await running.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
