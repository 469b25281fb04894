/**
 * One fast-check configuration for every property test (jest `setupFiles`).
 *
 * - A failure prints its seed and path (fast-check's report); `FC_SEED=<seed>` (and
 *   `FC_PATH=<path>`) replays exactly that run.
 * - `FC_RUNS_FACTOR=100` multiplies every test's number of runs, for a one-off deep run:
 *   `FC_RUNS_FACTOR=100 npx jest --selectProjects unit`.
 * Tests that ask for more runs than the default take them through `runs(n)`, so the
 * factor reaches them too.
 */
import fc from "fast-check";
import { runs } from "./property";

const seed = process.env.FC_SEED;
const path = process.env.FC_PATH;

fc.configureGlobal({
  numRuns: runs(100),
  ...(seed !== undefined && seed !== "" ? { seed: Number(seed) } : {}),
  ...(path !== undefined && path !== "" ? { path } : {}),
  // Deep runs take longer than one jest timeout's worth of default runs: no interruption.
  verbose: 1,
});
