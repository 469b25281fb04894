/**
 * One roster, one answer: the same rows fed through the command line, the pane's
 * actions on the in-memory workbook, the preview's live formulas and the custom
 * function give the same level and the same gap text or error on every surface.
 * Units written in cells ("35名", full-width "３５名") are read everywhere, and said.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import Papa from "papaparse";
import { main, type CliIo } from "../../src/cli/itss";
import { jsonRows } from "../helpers/cli";
import { scoreRoster } from "../../src/app/roster";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { FunctionError, itssGap, itssLevel } from "../../src/functions/evaluate";
import type { SheetCell } from "../../src/core/sheets/sheet-table";

const HEADERS = [
  "Employee ID",
  "Name",
  "Specialty Field",
  "Role",
  "Years",
  "Complexity",
  "Staff",
  "Themes",
  "Succession",
  "Mentoring",
];
const ROWS: SheetCell[][] = [
  ["E001", "Sato", "Operations Management", "Leader", 2, 2, "35名", 1, 1, "yes"],
  ["E002", "Suzuki", "Operations Management", "Leader", "２年", 2, "３５名", 1, 1, "yes"],
  ["E003", "Takahashi", "Operations Management", "Leader", 2, 2, "35 km", 1, 1, "yes"],
  ["E004", "Tanaka", "Operations Management", "Leader", 2, 2, 35, 1, 1, "yes"],
];

interface Answer {
  readonly level: number | null;
  /** Gap text for a scored row; the error message (without where it is) for an invalid one. */
  readonly text: string;
}

/** "Row 4, column "Staff":" and "Column "Staff":" say the same; only the CLI and pane know the row. */
const unlocated = (message: string): string => message.replace(/^(Error: )?(Row \d+, c|C)olumn/, "column");

async function fromCli(): Promise<Answer[]> {
  const file = join(mkdtempSync(join(tmpdir(), "itss-one-")), "roster.csv");
  writeFileSync(file, Papa.unparse([HEADERS, ...ROWS]));
  let stdout = "";
  const io: CliIo = {
    stdout: new Writable({
      write(chunk: Buffer, _encoding, done) {
        stdout += chunk.toString("utf8");
        done();
      },
    }),
    stderr: () => undefined,
  };
  expect(await main(["score", file], io)).toBe(1);
  const out = jsonRows(stdout) as { level: number | null; gaps: string[]; error?: string }[];
  return out.map((o) => ({ level: o.level, text: o.error ? unlocated(o.error) : o.gaps.join("\n") }));
}

async function rosterWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.updateTableRows(
    { sheet: "Roster", table: "Roster", headers: HEADERS, rows: [] },
    { remove: [], append: ROWS },
  );
  return wb;
}

async function fromPane(): Promise<Answer[]> {
  const wb = await rosterWorkbook();
  const options = { lang: "en", edition: "V3", useCompanyRules: false, fromSelection: false } as const;
  await scoreRoster(wb, { ...options, mode: "values" });
  const table = await wb.readTable("Roster");
  return (table?.rows ?? []).map((r) => {
    const level = r[HEADERS.length];
    const gap = String(r[HEADERS.length + 1] ?? "");
    return {
      level: level === "" || level === null ? null : Number(level),
      text: level === "" ? unlocated(gap) : gap,
    };
  });
}

async function fromPreview(): Promise<(number | string)[]> {
  const wb = await rosterWorkbook();
  const options = { lang: "en", edition: "V3", useCompanyRules: false, fromSelection: false } as const;
  await scoreRoster(wb, { ...options, mode: "formulas" });
  const table = await wb.readTable("Roster");
  return (table?.rows ?? []).map((r) => r[HEADERS.length] as number | string);
}

function fromFunctions(): Answer[] {
  return ROWS.map((row) => {
    try {
      const level = itssLevel([row], [HEADERS], null, null);
      return { level, text: itssGap([row], [HEADERS], null, null, null, "en") };
    } catch (err) {
      if (!(err instanceof FunctionError)) throw err;
      return { level: null, text: unlocated(err.message) };
    }
  });
}

describe("one roster gives one answer everywhere", () => {
  it("CLI, pane, preview and function agree on level and message", async () => {
    const cli = await fromCli();
    const pane = await fromPane();
    const functions = fromFunctions();
    expect(cli.map((a) => a.level)).toEqual([4, 4, null, 4]);
    expect(pane).toEqual(cli);
    expect(functions).toEqual(cli);
    // The preview evaluates the live formulas as Excel would: an invalid row shows #VALUE!.
    expect(await fromPreview()).toEqual([4, 4, "#VALUE!", 4]);
  });

  it("reads units written in cells and says it did, in the gap text", async () => {
    const [sato, suzuki, takahashi, tanaka] = await fromCli();
    expect(sato?.text).toContain('Column "Staff": "35名" read as 35.');
    expect(suzuki?.text).toContain('Column "Staff": "３５名" read as 35.');
    expect(suzuki?.text).toContain('Column "Years": "２年" read as 2.');
    expect(tanaka?.text).not.toContain("read as");
    expect(takahashi?.text).toBe('column "Staff": "35 km" is not a whole number of 0 or more.');
  });
});
