/**
 * npm run bench: prints speed and size figures (no pass/fail; goals are in README.md).
 *  - scoreRow over a generated 100,000-row roster, with and without gap sentences
 *  - the CLI's batch path against Papa Parse and ExcelJS streaming on the same files (bench-batch.ts)
 *  - ITSSLEVEL called as Excel calls it, and a 50,000-row recalculation
 *  - the preview's import + score + distribution of 20,000 rows on the in-memory workbook
 *  - 5,000 people scored from an Engagements ledger (four engagements each)
 *  - one person's summary sheet from a 20,000-row roster (bench-person.ts)
 *  - the task pane's start: its bundles (gzip) and time to interactive beside a baseline page
 *  - Office.js request sizes per chunk for a 50,000-row score (bench-excel.ts)
 * BENCH_ONLY=batch runs the batch path alone (with BENCH_BATCH_ONLY=csv: its CSV rows alone);
 * BENCH_ONLY=pane the task pane's start alone (after `npm run build`).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mapHeaders } from "../src/core/roster/header-map";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../src/core/roster/sample";
import { benchBatch } from "./bench-batch";
import { benchEngine } from "./bench-engine";
import { benchExcel } from "./bench-excel";
import { benchFunctions } from "./bench-functions";
import { benchPreview } from "./bench-preview";
import { benchFunctionOverhead } from "./bench-function-overhead";
import { benchEngagements } from "./bench-engagements";
import { benchPerson } from "./bench-person";
import { benchPaneBaseline, benchPaneStart } from "./bench-pane-baseline";

const ROWS = 100_000;

function roster(n: number): (string | number)[][] {
  const sample = sampleRosterRows();
  return Array.from({ length: n }, (_, i) => {
    const row = [...(sample[i % sample.length] ?? [])];
    row[0] = `E${String(i + 1).padStart(6, "0")}`;
    return row;
  });
}

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");

async function run(): Promise<void> {
  if (process.env.BENCH_ONLY === "pane") {
    const dist = join(__dirname, "..", "dist");
    benchPaneStart(dist);
    await benchPaneBaseline(dist);
    return;
  }
  if (process.env.BENCH_ONLY === "batch") {
    await benchBatch(mkdtempSync(join(tmpdir(), "itss-bench-")), process.argv.includes("--full"));
    return;
  }
  const rows = roster(ROWS);
  const headers = mapHeaders(SAMPLE_ROSTER_HEADERS);

  benchEngine(rows, headers, fmt);

  // The command line's batch path (streaming) beside Papa Parse and ExcelJS; see bench-batch.ts.
  await benchBatch(mkdtempSync(join(tmpdir(), "itss-bench-")), process.argv.includes("--full"));

  benchFunctions(rows, fmt);
  await benchPreview(rows);
  benchFunctionOverhead(rows);
  benchEngagements();
  await benchPerson();
  await benchExcel();

  // The task pane's start, as built by `npm run build` (skipped when there is no build).
  const distDir = join(__dirname, "..", "dist");
  benchPaneStart(distDir);
  await benchPaneBaseline(distDir);
}

run().catch((err) => {
  console.error(err);
  process.exit(1);
});
