/**
 * The number of runs for a property test that asks for more than fast-check's default,
 * multiplied by `FC_RUNS_FACTOR` (1 unless set) like every other property test.
 */
export function runs(n: number): number {
  const factor = Number(process.env.FC_RUNS_FACTOR ?? "1");
  return Math.max(1, Math.round(n * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}
