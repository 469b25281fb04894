/**
 * The hostile-file corpus through the real command: every case gives a clear exit code,
 * at most one line on stderr naming the file, no stack trace, and leaves the source's
 * bytes unchanged. The corpus is generated here (test/helpers/hostile-files.ts).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";
import ExcelJS from "exceljs";
import {
  bitFlips,
  brokenRoster,
  honestBomb,
  latin1,
  lyingBomb,
  odsFile,
  oleFile,
  overlappingBomb,
  rosterLines,
  truncatedPart,
  utf16,
} from "../helpers/hostile-files";

const ROOT = join(__dirname, "..", "..");
const CLI = join(ROOT, "build", `hostile-cli-${process.pid}.js`);
const RUNNER = join(ROOT, "build", `hostile-run-${process.pid}.js`);
const DIR = mkdtempSync(join(tmpdir(), "hostile-"));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the run, MB. */
  peakMb: number;
}

beforeAll(() => {
  // The command as `npm run build:cli` bundles it, so the corpus runs what users run.
  buildSync({
    entryPoints: [join(ROOT, "src", "cli", "itss.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    packages: "external",
    outfile: CLI,
    logLevel: "warning",
  });
  writeFileSync(
    RUNNER,
    `const [cli, rss, ...args] = process.argv.slice(2);
require(cli).main(args).then((code) => {
  require("node:fs").writeFileSync(rss, String(process.resourceUsage().maxRSS));
  process.exitCode = code; // as bin/itss.js: exit() would cut off output queued for the pipe
});`,
  );
});

function itss(...args: string[]): Run {
  const rss = join(DIR, `rss-${Math.random().toString(36).slice(2)}`);
  writeFileSync(rss, "0");
  const run = spawnSync(process.execPath, [RUNNER, CLI, rss, ...args], {
    encoding: "utf8",
    cwd: DIR,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    code: run.status,
    stdout: run.stdout,
    stderr: run.stderr,
    peakMb: Number(readFileSync(rss, "utf8")) / 1024,
  };
}

function file(name: string, bytes: Buffer | string): string {
  const path = join(DIR, name);
  writeFileSync(path, bytes);
  return path;
}

const digest = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");

/** Runs the command on a source and checks the rules every case shares. */
function hostile(name: string, bytes: Buffer | string, ...args: string[]): Run {
  const path = file(name, bytes);
  const before = digest(path);
  const run = itss(args[0] ?? "score", path, ...args.slice(1));
  expect(digest(path)).toBe(before);
  expect(run.stderr).not.toMatch(/^\s+at |Error:|node:internal/m);
  expect(run.code === 0 || run.code === 1 || run.code === 2).toBe(true);
  if (run.code === 2) {
    expect(run.stderr.split("\n").filter((l) => l !== "")).toHaveLength(1);
    expect(run.stderr).toContain(name);
  }
  return run;
}

async function rosterXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Roster");
  for (const line of rosterLines()) ws.addRow(line.split(","));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const PEOPLE = rosterLines().length - 1;
const scoredRows = (run: Run): number => (JSON.parse(run.stdout) as { rows: unknown[] }).rows.length;

describe("zip bombs and damaged workbooks", () => {
  it("refuses a 10 MB xlsx that declares 20 kB and inflates to 10 GiB, in bounded memory", () => {
    const run = hostile("lying-bomb.xlsx", lyingBomb(10 * 1024, 20_000));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /lying-bomb.xlsx is refused: its part xl\/worksheets\/sheet1.xml inflates past/,
    );
    expect(run.peakMb).toBeLessThan(1024);
  });

  it("refuses a zip that declares no size and inflates past 200 times its size, in bounded memory", () => {
    const run = hostile("no-size.xlsx", lyingBomb(3072, 0xffffffff));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no-size.xlsx expands more than 200 times its size \(limit 200\)/);
    expect(run.peakMb).toBeLessThan(1024);
  });

  it("refuses honest and overlapping bombs", () => {
    // The command line streams the sheets: it takes up to 2 GB expanded (Excel's row limit fits).
    expect(hostile("honest.xlsx", honestBomb(3072)).stderr).toMatch(
      /honest.xlsx declares 3,072 MB when expanded; the limit is 2,048 MB/,
    );
    expect(hostile("overlap.xlsx", overlappingBomb(3)).stderr).toMatch(/overlap.xlsx is damaged .*overlap/);
  });

  it("refuses truncated workbooks and gives bit-flipped ones a clear outcome", async () => {
    const good = await rosterXlsx();
    expect(hostile("good.xlsx", good).code).toBe(0);
    for (const cut of [100, good.length >> 1, good.length - 40]) {
      expect(hostile(`cut-${cut}.xlsx`, good.subarray(0, cut)).code).toBe(2);
    }
    for (let seed = 1; seed <= 4; seed++) hostile(`flip-${seed}.xlsx`, bitFlips(good, seed, 6));
  });

  it("refuses a workbook whose sheet data ends early, in one sentence naming the file, in either language", async () => {
    const cut = truncatedPart(await rosterXlsx(), "xl/worksheets/sheet1.xml");
    const en = hostile("cut-part.xlsx", cut);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      "itss: cut-part.xlsx is damaged and cannot be read (part xl/worksheets/sheet1.xml ends early: its compressed data is cut short); save it from Excel again as .xlsx\n".replace(
        "cut-part.xlsx",
        join(DIR, "cut-part.xlsx"),
      ),
    );
    const ja = hostile("cut-part.xlsx", cut, "score", "--lang", "ja");
    expect(ja.code).toBe(2);
    expect(ja.stderr).toContain("パーツxl/worksheets/sheet1.xmlの圧縮データが途中で切れています");
    expect(ja.stderr).not.toMatch(/ends early|cut short/);
  });

  it("names .ods and .xls with what to do", () => {
    expect(hostile("team.ods", odsFile()).stderr).toMatch(
      /team.ods is an OpenDocument spreadsheet.*save it as .xlsx/,
    );
    expect(hostile("old.xls", oleFile("Workbook")).stderr).toMatch(
      /old.xls is an old Excel 97-2003 workbook.*save it as .xlsx/,
    );
    expect(hostile("secret.xlsx", oleFile("EncryptedPackage")).stderr).toMatch(/password-protected/);
  });
});

describe("encodings", () => {
  it("reads Excel's Unicode Text (UTF-16 LE, tabs) and scores every person", () => {
    const run = hostile("unicode.txt", utf16(rosterLines("\t").join("\r\n") + "\r\n"));
    expect(run.code).toBe(0);
    expect(scoredRows(run)).toBe(PEOPLE);
  });

  it("refuses Latin-1, a bad byte in UTF-8, mixed encodings and NUL bytes, naming the line", () => {
    const latin = hostile("latin.csv", latin1(`${rosterLines()[0]}\nE1,José Müller,,,Hardware,Member\n`));
    expect(latin.code).toBe(2);
    expect(latin.stderr).toMatch(/latin.csv: line 2 /);
    const lines = rosterLines().map((l, i) => (i === 3 ? l.replace(/a/, "\u00e9") : l));
    const bad = Buffer.from(lines.join("\n") + "\n");
    bad[bad.indexOf(Buffer.from("\u00e9"))] = 0xff;
    expect(hostile("bad-byte.csv", bad).stderr).toMatch(/bad-byte.csv: line 4 has a byte \(0xFF\)/);
    const mixed = Buffer.concat([
      Buffer.from(`${rosterLines()[0]}\nE1,佐藤 陽翔,,,Hardware,Member\n`),
      Buffer.from([0x8e, 0x52, 0x93, 0x63, 0x0a]),
    ]);
    expect(hostile("mixed.csv", mixed).stderr).toMatch(/mixed.csv: line 3 /);
    expect(hostile("nul.csv", `${rosterLines()[0]}\nE1,\u0000,,,Hardware,Member\n`).stderr).toMatch(
      /nul.csv: line 2 holds a NUL byte/,
    );
  });
});

describe("sizes and shapes", () => {
  it("refuses an empty file with a message the command line can act on", () => {
    const run = hostile("empty.csv", "");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/empty.csv is empty/);
    expect(run.stderr).not.toMatch(/by hand/);
  });

  it("refuses 16,385 columns, saying what does not fit", () => {
    const header = [
      ...rosterLines()[0]!.split(","),
      ...Array.from({ length: 16_385 - 21 }, (_, i) => `x${i}`),
    ];
    const run = hostile("wide.csv", `${header.join(",")}\n${rosterLines()[1]}\n`);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/16,385 columns/);
  });

  it("refuses a line longer than 32 MB at the line limit, in bounded memory", () => {
    const run = hostile("one-long-line.csv", `${rosterLines()[0]}\n${"a".repeat(40 * 1024 * 1024)}`);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/one-long-line.csv has a line longer than/);
    expect(run.peakMb).toBeLessThan(400);
  });

  it("reads a 1 MB cell without failing", () => {
    const lines = rosterLines();
    lines[1] = lines[1]!.replace("Sato Haruto", "S".repeat(1024 * 1024));
    const run = hostile("big-cell.csv", lines.join("\n") + "\n");
    expect(run.code).toBe(0);
    expect(scoredRows(run)).toBe(PEOPLE);
  });
});

describe("every row accounted for", () => {
  it.each([
    ["two blank lines", ["", ""]],
    ["a Total row", ["Total,,,,,,16"]],
    ["blank lines and a 合計 row", ["", "", "合計"]],
  ])("scores everyone in a roster broken by %s", (_, gap) => {
    const run = hostile("broken.csv", brokenRoster(gap));
    expect(run.code).toBe(0);
    expect(scoredRows(run)).toBe(PEOPLE);
  });
});
