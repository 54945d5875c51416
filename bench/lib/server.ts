import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../src/server/platform/db/embedded.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type CicloProcess = { url: string; pid: number; stderrTail(): string; stop(): Promise<void> };

/**
 * Ciclo as users run it (`node --import tsx src/server/main.ts`, production mode, its own process so
 * its memory can be read), against the benchmark's database. stdout (the JSON request log) is dropped.
 */
export async function startCiclo(options: { ownerUrl: string; poolSize: number; logLevel?: string | undefined; nodeArgs?: string[] }): Promise<CicloProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: options.ownerUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    CICLO_POOL_SIZE: String(options.poolSize),
    CICLO_WEB_DIR: path.join(root, 'bench', '.no-web'),
  };
  if (options.logLevel) env.LOG_LEVEL = options.logLevel;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', 'src/server/main.ts'], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const tail: string[] = [];
  child.stderr!.setEncoding('utf8').on('data', (text: string) => {
    tail.push(text);
    if (tail.length > 50) tail.shift();
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => tail.join(''));
  return {
    url,
    pid: child.pid!,
    stderrTail: () => tail.join(''),
    stop: () => stopChild(child),
  };
}

async function waitForHealth(url: string, child: ChildProcess, tail: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Ciclo exited with ${child.exitCode} before it was up:\n${tail()}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`Ciclo did not answer /health within 120 s:\n${tail()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

/** The resident memory of a process in MB (Linux), or null when it cannot be read. */
export function rssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS every interval; `take()` answers the maximum since the last take. */
export function rssSampler(pid: number, intervalMs = 200) {
  let max = 0;
  let overall = 0;
  const timer = setInterval(() => {
    const mb = rssMb(pid);
    if (mb !== null) {
      max = Math.max(max, mb);
      overall = Math.max(overall, mb);
    }
  }, intervalMs);
  timer.unref();
  return {
    take(): number {
      const value = Math.max(max, rssMb(pid) ?? 0);
      max = 0;
      return value;
    },
    overall: () => overall,
    stop: () => clearInterval(timer),
  };
}

export type Session = { cookie: string; csrf: string; userId: string };

/** Signs in as a browser would: the session cookie and the CSRF token for state-changing requests. */
export async function signIn(url: string, email: string, password: string): Promise<Session> {
  const res = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!res.ok) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { user: { id: string }; csrfToken: string };
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('ciclo_session='));
  if (!cookie) throw new Error(`sign-in of ${email} set no session cookie`);
  return { cookie, csrf: body.csrfToken, userId: body.user.id };
}

export function loadAverage(): [number, number, number] {
  const [one, five, fifteen] = readFileSync('/proc/loadavg', 'utf8').split(' ').map(Number);
  return [one ?? 0, five ?? 0, fifteen ?? 0];
}
