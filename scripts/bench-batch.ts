/**
 * The command line's batch path beside the libraries it streams through, on the same
 * files: every run is a child process, timed from the outside, its peak memory and CPU
 * time read from Node's own process.resourceUsage() (no machine-specific tool). Ratios
 * are given in CPU time as well as wall time: on a shared machine the wall time says
 * more about the other processes than about this one.
 * 10,000 and 100,000 rows always; Excel's 1,048,575 rows with `npm run bench -- --full`
 * (several minutes). BENCH_BATCH_ONLY=csv runs the CSV-in rows alone (Papa Parse,
 * itss score csv -> json and csv -> csv), without ExcelJS.
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../src/core/roster/sample";

const ROOT = join(__dirname, "..");
const CLI = join(ROOT, "bin", "itss.js");
/** A child that runs longer than this is reported as not finished. */
const TIMEOUT_MS = 15 * 60 * 1000;

interface Measure {
  readonly ms: number;
  /** CPU time, user + system. */
  readonly cpuMs: number;
  readonly mb: number;
  readonly ok: boolean;
  readonly note?: string;
}

/** Writes the roster CSV in slices, so the bench itself never holds a million rows. */
function writeRosterCsv(file: string, rows: number): void {
  const sample = sampleRosterRows();
  const fd = openSync(file, "w");
  writeSync(fd, `${Papa.unparse([[...SAMPLE_ROSTER_HEADERS]])}\r\n`);
  for (let start = 0; start < rows; start += 10_000) {
    const slice: (string | number)[][] = [];
    for (let i = start; i < Math.min(rows, start + 10_000); i++) {
      const row = [...(sample[i % sample.length] ?? [])];
      row[0] = `E${String(i + 1).padStart(7, "0")}`;
      slice.push(row);
    }
    writeSync(fd, `${Papa.unparse(slice, { newline: "\r\n" })}\r\n`);
  }
  closeSync(fd);
}

/** Runs `node args…` with a hook that writes the child's peak RSS at exit. */
function child(dir: string, args: readonly string[]): Measure {
  const hook = join(dir, "rss-hook.js");
  const rssFile = join(dir, "rss.txt");
  if (!existsSync(hook))
    writeFileSync(
      hook,
      `process.on("exit", () => { const u = process.resourceUsage(); require("fs").writeFileSync(${JSON.stringify(rssFile)}, [u.maxRSS, u.userCPUTime, u.systemCPUTime].join(",")); });\n`,
    );
  rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--require", hook, ...args], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    timeout: TIMEOUT_MS,
    maxBuffer: 1 << 20,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const [rss, user, system] = existsSync(rssFile)
    ? readFileSync(rssFile, "utf8").split(",").map(Number)
    : [NaN, NaN, NaN];
  const mb = (rss ?? NaN) / 1024;
  const cpuMs = ((user ?? NaN) + (system ?? NaN)) / 1000;
  const ok = result.status === 0 || result.status === 1; // 1: some rows invalid, still complete
  const note = ok
    ? undefined
    : result.error
      ? "did not finish"
      : (result.stderr?.toString().trim().split("\n")[0] ?? `exit ${result.status}`);
  return { ms, cpuMs, mb, ok, ...(note ? { note } : {}) };
}

/** The libraries alone, as a child runs them (node -e, from the project root). */
const BASELINES = {
  papa: `const Papa = require("papaparse"); let n = 0;
    Papa.parse(require("fs").createReadStream(process.argv[1]), { chunk: (r) => { n += r.data.length; }, complete: () => {} });`,
  excelRead: `const ExcelJS = require("exceljs");
    (async () => { let n = 0; const reader = new ExcelJS.stream.xlsx.WorkbookReader(process.argv[1], { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit" });
      for await (const sheet of reader) { for await (const row of sheet) { row.eachCell(() => undefined); n++; } } })();`,
  excelWrite: `const ExcelJS = require("exceljs"); const Papa = require("papaparse");
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: process.argv[2], useStyles: true, useSharedStrings: false });
    const sheet = book.addWorksheet("Roster");
    Papa.parse(require("fs").createReadStream(process.argv[1]), { chunk: (r) => { for (const row of r.data) sheet.addRow(row).commit(); },
      complete: () => { sheet.commit(); book.commit(); } });`,
} as const;

const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mbText = (mb: number): string => (Number.isFinite(mb) ? `${Math.round(mb)} MB` : "? MB");

function line(label: string, m: Measure, base?: { name: string; m: Measure; goal?: number }): string {
  let text = `  ${label.padEnd(30)} ${m.ok ? secs(m.ms).padStart(9) : "   failed"} (CPU ${secs(m.cpuMs).padStart(8)})  ${mbText(m.mb).padStart(8)}`;
  if (!m.ok) return `${text}  (${m.note})`;
  if (base) {
    const ratio = m.ms / base.m.ms;
    const cpu = m.cpuMs / base.m.cpuMs;
    text += `  ${ratio.toFixed(2)}x ${base.name} (CPU ${cpu.toFixed(2)}x)`;
    if (base.goal !== undefined)
      text += ` [goal ${base.goal}x: ${ratio <= base.goal ? "met" : "NOT met"}; by CPU: ${cpu <= base.goal ? "met" : "NOT met"}]`;
  }
  return text;
}

export async function benchBatch(dir: string, full: boolean): Promise<void> {
  const csvOnly = process.env.BENCH_BATCH_ONLY === "csv";
  // BENCH_BATCH_ROWS=2000,5000 runs other sizes (a quick check of the bench itself).
  const sizes = process.env.BENCH_BATCH_ROWS
    ? process.env.BENCH_BATCH_ROWS.split(",").map(Number)
    : full
      ? [10_000, 100_000, 1_048_575]
      : [10_000, 100_000];
  console.log(
    `itss batch path (child processes; wall time (CPU time), peak memory; ${full ? "" : "add -- --full for 1,048,575 rows; "}goal at 1,048,575 rows: peak < 400 MB; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores)`,
  );
  for (const rows of sizes) {
    const csv = join(dir, `roster-${rows}.csv`);
    const xlsx = join(dir, `roster-${rows}.xlsx`);
    writeRosterCsv(csv, rows);
    const mb = (readFileSync(csv).length / 1048576).toFixed(1);
    console.log(`${rows.toLocaleString("en-US")} rows (CSV ${mb} MB):`);
    const papa = child(dir, ["-e", BASELINES.papa, csv]);
    console.log(line("Papa Parse streaming parse", papa));
    if (csvOnly) {
      for (const format of ["json", "csv"] as const) {
        const out = join(dir, `out-${rows}.${format}`);
        const m = child(dir, [CLI, "score", csv, "--format", format, "--out", out]);
        const goal = format === "json" ? { goal: 2 } : {};
        console.log(line(`itss score csv -> ${format}`, m, { name: "Papa", m: papa, ...goal }));
        rmSync(out, { force: true });
      }
      rmSync(csv, { force: true });
      continue;
    }
    const excelWrite = child(dir, ["-e", BASELINES.excelWrite, csv, xlsx]);
    console.log(line("ExcelJS streaming writer", excelWrite));
    const excelRead = child(dir, ["-e", BASELINES.excelRead, xlsx]);
    console.log(line("ExcelJS streaming reader", excelRead));
    const out = (ext: string) => join(dir, `out-${rows}.${ext}`);
    const runs: [string, string[], { name: string; m: Measure; goal?: number }][] = [
      ["itss score csv -> json", ["score", csv, "--out", out("json")], { name: "Papa", m: papa, goal: 2 }],
      [
        "itss score csv -> csv",
        ["score", csv, "--format", "csv", "--out", out("csv")],
        { name: "Papa", m: papa },
      ],
      [
        "itss score xlsx -> json",
        ["score", xlsx, "--out", out("x.json")],
        { name: "ExcelJS reader", m: excelRead, goal: 1.3 },
      ],
      [
        "itss score csv -> xlsx",
        ["score", csv, "--format", "xlsx", "--out", out("xlsx")],
        { name: "ExcelJS writer", m: excelWrite, goal: 1.5 },
      ],
      [
        "itss score xlsx -> csv",
        ["score", xlsx, "--format", "csv", "--out", out("x.csv")],
        { name: "ExcelJS reader", m: excelRead },
      ],
      [
        "itss score xlsx -> xlsx",
        ["score", xlsx, "--format", "xlsx", "--out", out("x.xlsx")],
        { name: "ExcelJS writer", m: excelWrite, goal: 1.5 },
      ],
      [
        "itss import csv -> xlsx",
        ["import", csv, "--out", out("import.xlsx")],
        { name: "ExcelJS writer", m: excelWrite },
      ],
    ];
    let scoreCsv: Measure | undefined;
    for (const [label, args, base] of runs) {
      const m = child(dir, [CLI, ...args]);
      if (label === "itss score csv -> xlsx") scoreCsv = m;
      let text = line(label, m, base);
      if (label.startsWith("itss import") && scoreCsv?.ok && m.ok)
        text += `; ${(m.ms / scoreCsv.ms).toFixed(2)}x itss score csv -> xlsx (CPU ${(m.cpuMs / scoreCsv.cpuMs).toFixed(2)}x)`;
      console.log(text);
    }
    for (const f of [
      csv,
      xlsx,
      out("json"),
      out("csv"),
      out("x.json"),
      out("x.csv"),
      out("xlsx"),
      out("x.xlsx"),
      out("import.xlsx"),
    ])
      rmSync(f, { force: true });
  }
  if (csvOnly) return;
  // Process start: the best of five, as start times vary with the machine's load.
  const best = (args: string[]) =>
    [0, 1, 2, 3, 4].map(() => child(dir, args)).reduce((a, b) => (b.ms < a.ms ? b : a));
  const bare = best(["-e", ""]);
  const help = best([CLI, "--help"]);
  console.log(
    `itss --help: ${Math.round(help.ms)} ms, bare node: ${Math.round(bare.ms)} ms = ${(help.ms / bare.ms).toFixed(2)}x [goal 1.5x]`,
  );
}
