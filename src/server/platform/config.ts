import path from 'node:path';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  /** An external PostgreSQL (owner credentials: runs migrations). Unset: the embedded one in dataDir. */
  databaseUrl: string | undefined;
  /** Optional explicit connection for the app role, when the owner may not create roles. */
  appDatabaseUrl: string | undefined;
  appRole: string;
  poolSize: number;
  firstAdmin: { email: string | undefined; password: string | undefined; orgName: string };
  logLevel: string;
  prettyLogs: boolean;
  trustProxy: boolean;
  webDir: string;
  /** Load the demo organisation at start (CICLO_DEMO=1 or `npm start -- --demo`). */
  loadDemo: boolean;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.CICLO_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    appDatabaseUrl: env.CICLO_APP_DATABASE_URL || undefined,
    appRole: env.CICLO_APP_ROLE ?? 'ciclo_app',
    poolSize: Number(env.CICLO_POOL_SIZE ?? 10),
    firstAdmin: {
      email: env.CICLO_ADMIN_EMAIL || undefined,
      password: env.CICLO_ADMIN_PASSWORD || undefined,
      orgName: env.CICLO_ORG_NAME || 'My company',
    },
    logLevel: env.LOG_LEVEL ?? (env.VITEST ? 'silent' : 'info'),
    prettyLogs: !production && !env.VITEST && process.stdout.isTTY === true,
    trustProxy: env.CICLO_TRUST_PROXY === 'true' || env.CICLO_TRUST_PROXY === '1',
    webDir: path.resolve(env.CICLO_WEB_DIR ?? 'dist/web'),
    loadDemo: env.CICLO_DEMO === '1' || env.CICLO_DEMO === 'true',
  };
}
