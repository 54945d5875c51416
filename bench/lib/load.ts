import autocannon from 'autocannon';

export type Stats = { requests: number; errors: number; seconds: number; rps: number; p50: number; p95: number; p99: number; max: number };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The same statistics for both sides, from every latency (ms) observed: nothing is sampled away. */
export function summarise(latencies: number[], errors: number, seconds: number): Stats {
  const sorted = Float64Array.from(latencies).sort();
  const list = Array.from(sorted);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    requests: latencies.length,
    errors,
    seconds: round(seconds),
    rps: round(latencies.length / seconds),
    p50: round(percentile(list, 50)),
    p95: round(percentile(list, 95)),
    p99: round(percentile(list, 99)),
    max: round(list[list.length - 1] ?? 0),
  };
}

export type HttpRequest = { method: 'GET' | 'POST'; path: string; body?: string };

/**
 * autocannon at a fixed number of connections for a duration; each request comes from next() (ids,
 * bodies, cursors vary). Latency is taken per response; non-2xx answers and socket errors are errors
 * and are left out of the latencies.
 */
export async function runHttp(options: { url: string; connections: number; seconds: number; headers: Record<string, string>; next: () => HttpRequest }): Promise<Stats & { firstError?: string }> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        // Slow aggregates at 32 connections queue for seconds: count them as slow, not as failed.
        timeout: 60,
        headers: options.headers,
        requests: [
          {
            setupRequest: (request) => ({ ...request, ...options.next() }),
            onResponse: (status, body) => {
              if (status >= 300) firstError ??= `${status} ${body.slice(0, 300)}`;
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else errors++;
    });
    instance.on('reqError', () => errors++);
  });
  const stats = summarise(latencies, errors, result.duration);
  return firstError ? { ...stats, firstError } : stats;
}

/**
 * The floor: `concurrency` loops calling run() back to back (on a pg pool) for the same duration. As
 * with autocannon, what finishes after the window is not counted (but is waited for).
 */
export async function runLoop(options: { concurrency: number; seconds: number; run: (k: number) => Promise<unknown> }): Promise<Stats & { firstError?: string }> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let k = 0;
  const started = performance.now();
  const end = started + options.seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        await options.run(k++);
        const t1 = performance.now();
        if (t1 <= end) latencies.push(t1 - t0);
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const stats = summarise(latencies, errors, options.seconds);
  return firstError ? { ...stats, firstError } : stats;
}
