import type { Stats } from './load.js';
import type { Scenario } from './scenarios.js';

export type Measurement = {
  scenario: string;
  actor: Scenario['actor'];
  group: Scenario['group'];
  connections: number;
  ciclo: (Stats & { firstError?: string }) | null;
  raw: Stats & { firstError?: string };
  /** Ciclo's throughput as a share of the raw floor's. */
  ratio: number | null;
  cicloRssMb: number | null;
  loadAverage: number;
};

const num = (n: number | undefined | null, width: number, digits = 1) => (n === undefined || n === null ? '—' : n.toFixed(digits)).padStart(width);

export function printTable(rows: Measurement[], write: (line: string) => void): void {
  write(
    `${'scenario'.padEnd(50)} ${'as'.padEnd(5)} ${'conn'.padStart(4)} │ ${'Ciclo r/s'.padStart(9)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'n'.padStart(6)} │ ${'raw r/s'.padStart(9)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'n'.padStart(6)} │ ${'C/raw'.padStart(6)} ${'err'.padStart(5)} ${'load'.padStart(5)}`,
  );
  for (const r of rows) {
    write(
      `${r.scenario.slice(0, 50).padEnd(50)} ${r.actor.padEnd(5)} ${String(r.connections).padStart(4)} │ ${num(r.ciclo?.rps, 9)} ${num(r.ciclo?.p50, 7, 1)} ${num(r.ciclo?.p95, 7, 1)} ${num(r.ciclo?.p99, 7, 1)} ${num(r.ciclo?.requests, 6, 0)} │ ${num(r.raw.rps, 9)} ${num(r.raw.p50, 7, 1)} ${num(r.raw.p95, 7, 1)} ${num(r.raw.p99, 7, 1)} ${num(r.raw.requests, 6, 0)} │ ${r.ratio === null ? '—'.padStart(6) : `${(r.ratio * 100).toFixed(0)}%`.padStart(6)} ${String((r.ciclo?.errors ?? 0) + r.raw.errors).padStart(5)} ${r.loadAverage.toFixed(1).padStart(5)}`,
    );
  }
  write('latencies in ms; n = requests completed in the window (few means the latencies rest on few samples; 0: none finished in time);');
  write('C/raw = Ciclo req/s ÷ raw req/s; err = non-2xx answers and failures of both sides; load = 1-minute load average at the start');
}

export type Target = { target: string; measured: string; met: boolean | null };

/** Issue 6's targets, judged at 32 connections (aggregates at every level). */
export function judgeTargets(rows: Measurement[], maxRssMb: number): Target[] {
  const at32 = rows.filter((r) => r.connections === 32 && r.ciclo);
  const lists = at32.filter((r) => r.group === 'list');
  const creates = at32.filter((r) => r.scenario.startsWith('create'));
  const aggregates = rows.filter((r) => r.group === 'aggregate');
  const pct = (n: number | null) => (n === null ? '—' : `${(n * 100).toFixed(0)}%`);
  const targets: Target[] = [];
  const p99 = (r: Measurement) => (r.ciclo!.requests === 0 ? 'no request finished in the window' : `p99 ${r.ciclo!.p99} ms`);
  for (const r of lists) {
    const met = r.ciclo!.requests > 0 && (r.ratio ?? 0) >= 0.5 && r.ciclo!.p99 <= 25;
    targets.push({ target: `${r.scenario} (${r.actor}): ≥ 50 % of raw throughput and p99 ≤ 25 ms at 32 connections`, measured: `${pct(r.ratio)}, ${p99(r)}`, met });
  }
  for (const r of creates) targets.push({ target: `${r.scenario}: ≥ 40 % of raw throughput`, measured: pct(r.ratio), met: (r.ratio ?? 0) >= 0.4 });
  for (const r of aggregates) {
    const side = r.ciclo ?? r.raw;
    const measured = side.requests === 0 ? 'no request finished in the window' : `${side.p95} ms${r.ciclo ? '' : ' (SQL)'}`;
    targets.push({ target: `${r.scenario} (${r.actor}), ${r.connections} conn.: p95 ≤ 150 ms`, measured, met: side.requests > 0 && side.p95 <= 150 });
  }
  targets.push({ target: 'server RSS ≤ 250 MB', measured: `${maxRssMb.toFixed(0)} MB (max during the run)`, met: maxRssMb <= 250 });
  return targets;
}
