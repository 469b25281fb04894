/**
 * The engine's figures: rows/s of scoreRow with and without the gap sentences, and of
 * the scoring alone (evidence already read). CPU time of this process, best of five,
 * so that other work on a shared machine does not count against the engine.
 */
import { scoreEvidence, scoreRow } from "../src/core/engine/score-row";
import type { HeaderMap } from "../src/core/roster/header-map";
import { readEvidence } from "../src/core/roster/read-row";

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function bestRate(n: number, fn: () => void): number {
  fn(); // warm up
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = cpuMs();
    fn();
    best = Math.min(best, cpuMs() - start);
  }
  return (n / Math.max(best, 0.001)) * 1000;
}

export function benchEngine(
  rows: readonly (readonly unknown[])[],
  headers: HeaderMap,
  fmt: (n: number) => string,
): void {
  const n = rows.length;
  let sink = 0;
  const levelOnly = bestRate(n, () => {
    for (let i = 0; i < n; i++) sink += scoreRow(rows[i] as unknown[], { headers, row: i + 2 }).level ?? 0;
  });
  const withGaps = bestRate(n, () => {
    for (let i = 0; i < n; i++) {
      for (const gap of scoreRow(rows[i] as unknown[], { headers, row: i + 2 }).gaps)
        sink += gap.message.en.length;
    }
  });
  const read = rows.map((r, i) => readEvidence(headers, r, i + 2));
  const engineLevel = bestRate(n, () => {
    for (let i = 0; i < n; i++) {
      const r = read[i] as (typeof read)[number];
      sink += scoreEvidence(r.evidence, r.problems).level ?? 0;
    }
  });
  const engineGaps = bestRate(n, () => {
    for (let i = 0; i < n; i++) {
      const r = read[i] as (typeof read)[number];
      for (const gap of scoreEvidence(r.evidence, r.problems).gaps) sink += gap.message.en.length;
    }
  });
  if (sink === 0) throw new Error("the engine scored nothing");
  console.log(
    `scoreRow:          ${fmt(levelOnly)} rows/s level only [goal 3,000,000]; ${fmt(withGaps)} rows/s with gap sentences (${n.toLocaleString()} rows, CPU time)`,
  );
  console.log(
    `  scoring alone:   ${fmt(engineLevel)} rows/s level only; ${fmt(engineGaps)} rows/s with gap sentences (evidence read beforehand)`,
  );
}
