/**
 * npm run bench: prints speed and size figures (no pass/fail; goals are in README.md).
 *  - scoreRow over a generated 100,000-row roster, with and without gap sentences
 *  - the CLI's batch path against Papa Parse and ExcelJS streaming on the same files (bench-batch.ts)
 *  - ITSSLEVEL called as Excel calls it, and a 50,000-row recalculation
 *  - the preview's import + score + distribution of 20,000 rows on the in-memory workbook
 *  - 5,000 people scored from an Engagements ledger (four engagements each)
 *  - one person's summary sheet from a 20,000-row roster (bench-person.ts)
 *  - the production task pane bundle, gzip
 *  - Office.js request sizes per chunk for a 50,000-row score (bench-excel.ts)
 * BENCH_ONLY=batch runs the batch path alone (with BENCH_BATCH_ONLY=csv: its CSV rows alone).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
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
import { benchPane } from "./bench-pane";
import { benchPaneBaseline } from "./bench-pane-baseline";

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

  // Task pane bundle, as built by `npm run build` (skipped when there is no build).
  const distDir = join(__dirname, "..", "dist");
  if (existsSync(join(distDir, "taskpane.html"))) {
    const html = readFileSync(join(distDir, "taskpane.html"), "utf8");
    // The minified page writes src=shared.js without quotes.
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
      .map((m) => m[1] ?? "")
      .filter((s) => !/^https?:/.test(s));
    let gzip = 0;
    let raw = 0;
    const each: string[] = [];
    for (const s of scripts) {
      const bytes = readFileSync(join(distDir, s.replace(/^\//, "")));
      const g = gzipSync(bytes).length;
      raw += bytes.length;
      gzip += g;
      each.push(`${s} ${(g / 1024).toFixed(0)}`);
    }
    const lazy = readdirSync(distDir).filter((f) => f.endsWith(".js") && !scripts.some((s) => s.endsWith(f)));
    const lazyGzip = lazy.reduce((sum, f) => sum + gzipSync(readFileSync(join(distDir, f))).length, 0);
    console.log(
      `task pane at start: ${(gzip / 1024).toFixed(0)} KB gzip [goal < 200 KB${gzip < 200 * 1024 ? ", met" : ", NOT met"}] (${(raw / 1024).toFixed(0)} KB raw; ${each.join(", ")} KB gzip); loaded on demand: ${(lazyGzip / 1024).toFixed(0)} KB gzip`,
    );
  } else {
    console.log("task pane bundle: not measured (run `npm run build` first)");
  }
  await benchPane(distDir);
  await benchPaneBaseline(distDir);
}

run().catch((err) => {
  console.error(err);
  process.exit(1);
});
