/**
 * itss score --engagements: the ledger as a sheet of the same workbook or as another
 * file; the result matches HR.ITSSLEVEL called with each person's rows.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { itss, jsonRows } from "../helpers/cli";
import { SAMPLE_ENGAGEMENT_HEADERS, sampleEngagementRows } from "../../src/core/engagements";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../src/core/roster/sample";
import { ITSSLEVEL } from "../../src/functions/functions";

const dir = mkdtempSync(join(tmpdir(), "itss-ledger-"));
const ledgerRows = [
  ...sampleEngagementRows(),
  ["E999", "X-1", "", "2020-01-01", "2020-02-01", "Member", "yes", 1, "", "", "", "", "", "", "", "", ""],
];

async function workbook(withLedger: boolean): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Roster").addRows([[...SAMPLE_ROSTER_HEADERS], ...sampleRosterRows()]);
  if (withLedger) wb.addWorksheet("Engagements").addRows([[...SAMPLE_ENGAGEMENT_HEADERS], ...ledgerRows]);
  const file = join(dir, withLedger ? "with-ledger.xlsx" : "roster.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

/** What the function gives for each roster row with that person's rows (FILTER(..., "")). */
function functionLevels(): number[] {
  return sampleRosterRows().map((row) => {
    const own = ledgerRows.filter((r) => r[0] === row[0]);
    return ITSSLEVEL(
      [row],
      [[...SAMPLE_ROSTER_HEADERS]],
      null as never,
      null as never,
      own.length ? own : [[""]],
      [[...SAMPLE_ENGAGEMENT_HEADERS]],
    );
  });
}

describe("itss score --engagements", () => {
  it("reads the ledger from a sheet of the same workbook and matches the function", async () => {
    const run = await itss("score", await workbook(true), "--engagements", "Engagements");
    const rows = jsonRows(run.stdout) as {
      employeeId: string;
      level: number;
      evidence: { engagement: string; level: number }[];
    }[];
    expect(rows.map((r) => r.level)).toEqual(functionLevels());
    expect(rows[2]?.evidence).toEqual([
      { engagement: "HW-1904 Nationwide ATM network", level: 5 },
      { engagement: "HW-2007 Logistics centres", level: 4 },
      { engagement: "HW-2110 Hospital group storage", level: 4 },
      { engagement: "HW-2304 Insurer PC fleet", level: 4 },
    ]);
    // the unknown Employee ID is named, with its row, and the exit code says so
    expect(run.stderr).toContain(
      `Row ${ledgerRows.length + 1}, column "Employee ID": "E999" is not an Employee ID in the roster`,
    );
    expect(run.code).toBe(1);
  });

  it("reads the ledger from another file (CSV)", async () => {
    const csv = join(dir, "engagements.csv");
    writeFileSync(csv, Papa.unparse([[...SAMPLE_ENGAGEMENT_HEADERS], ...sampleEngagementRows()]));
    const run = await itss("score", await workbook(false), "--engagements", csv, "--lang", "ja");
    expect(run.code).toBe(0);
    const rows = jsonRows(run.stdout) as { level: number; gaps: string[] }[];
    expect(rows.map((r) => r.level)).toEqual(functionLevels());
    expect(rows[5]?.gaps[0]).toMatch(/^案件台帳に案件がありません/);
  });

  it("reads units written in ledger and roster cells (35名, 2,000㎡, 1.5億円), as the function does", async () => {
    const unit = (key: string, v: unknown): unknown =>
      typeof v !== "number" || v === 0
        ? v
        : key === "Staff" || key === "Users"
          ? `${v}名`
          : key === "Floor Area"
            ? `${v.toLocaleString("en-US")}㎡`
            : key === "Contract Value"
              ? `${v / 100}億円`
              : v;
    const withUnits = sampleEngagementRows().map((row) =>
      row.map((v, c) => unit(SAMPLE_ENGAGEMENT_HEADERS[c] as string, v)),
    );
    expect(
      withUnits.flat().filter((v) => typeof v === "string" && /[名㎡円]$/.test(v)).length,
    ).toBeGreaterThan(5);
    const plain = join(dir, "plain.csv");
    const units = join(dir, "units.csv");
    writeFileSync(plain, Papa.unparse([[...SAMPLE_ENGAGEMENT_HEADERS], ...sampleEngagementRows()]));
    writeFileSync(units, Papa.unparse([[...SAMPLE_ENGAGEMENT_HEADERS], ...withUnits]));
    // The roster as a CSV with a title above its header: it streams through the batch path.
    const roster = join(dir, "roster.csv");
    writeFileSync(roster, Papa.unparse([["Team roster"], [...SAMPLE_ROSTER_HEADERS], ...sampleRosterRows()]));
    const a = await itss("score", roster, "--engagements", plain);
    const b = await itss("score", roster, "--engagements", units);
    expect(b.stderr).toBe(a.stderr);
    expect(b.code).toBe(0);
    const levels = jsonRows<{ level: number }>(b.stdout).map((r) => r.level);
    expect(levels).toEqual(jsonRows<{ level: number }>(a.stdout).map((r) => r.level));
    expect(levels).toEqual(functionLevels());
    // The gap text says which ledger cells were read through a unit, as it does for roster cells.
    const gaps = jsonRows<{ gaps: string[] }>(b.stdout).flatMap((r) => r.gaps);
    expect(gaps.some((g) => /column "Staff": "\d+名" read as \d+/.test(g))).toBe(true);
    expect(
      jsonRows<{ gaps: string[] }>(a.stdout)
        .flatMap((r) => r.gaps)
        .some((g) => /read as/.test(g)),
    ).toBe(false);
    expect(JSON.parse(b.stdout).counts).toEqual({
      read: sampleRosterRows().length,
      scored: sampleRosterRows().length,
      invalid: 0,
      skipped: [{ reason: "above-header", count: 1, firstRow: 1 }],
    });
  });

  it("refuses other formats and a missing sheet with a usage message", async () => {
    const file = await workbook(true);
    const csv = await itss("score", file, "--engagements", "Engagements", "--format", "csv");
    expect([csv.code, csv.stderr]).toEqual([2, expect.stringMatching(/--engagements writes JSON only/)]);
    const missing = await itss("score", file, "--engagements", "Projects");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Projects/);
  });

  it("refuses a sheet name beside a CSV roster, which has no other sheets, instead of reading the roster as the ledger", async () => {
    const roster = join(dir, "roster.csv");
    writeFileSync(roster, Papa.unparse([[...SAMPLE_ROSTER_HEADERS], ...sampleRosterRows()]));
    for (const lang of ["en", "ja"]) {
      const run = await itss("score", roster, "--engagements", "Engagements", "--lang", lang);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(
        lang === "en" ? /"Engagements": there is no such file.*is a CSV/ : /そのファイルはありません.*CSV/,
      );
    }
    // the roster file itself given as the ledger: its headers share Employee ID, Role and sizes, but no Start
    const itself = await itss("score", roster, "--engagements", roster);
    expect([itself.code, itself.stdout]).toEqual([2, ""]);
    expect(itself.stderr).toMatch(/no Engagements header row/);
  });
});
