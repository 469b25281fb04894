/**
 * The preview's "Download workbook" (issue 14): the xlsx keeps what ExcelJS can write
 * (formulas with their values, tables, drop-downs and checks, conditional formats,
 * number formats, frozen headers). Read back with ExcelJS, and opened by LibreOffice
 * (skipped, saying so, only where LibreOffice is not installed).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { downloadFileName, exportWorkbook, fileFormula } from "../../src/adapters/memory/export-xlsx";
import { createRoster, drawDistribution, loadStandard, scoreRoster } from "../../src/app/roster";
import { buildSkillsReport, createSkillsSheet } from "../../src/app/skills";
import { openRosterFile } from "../../src/app/open-file";
import type { SheetCell } from "../../src/core/sheets/sheet-table";

const EN = { lang: "en", edition: "V3", useCompanyRules: false, fromSelection: false } as const;

/** The preview's workbook as a manager leaves it: standard, a roster with one bad row scored live, reports. */
async function managersWorkbook(mode: "formulas" | "values"): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await loadStandard(wb, "en", { overwriteEdits: false });
  await createRoster(wb, { lang: "en", sampleRows: true, useCompanyRules: false, edition: "V3" });
  const roster = await wb.readTable("Roster");
  const bad: SheetCell[] = [...(roster?.rows[0] ?? [])];
  bad[0] = "E999";
  bad[4] = "Hardwear";
  bad.splice(-2, 2, null, null);
  await wb.updateTableRows(
    { sheet: "Roster", table: "Roster", headers: [], rows: [] },
    { remove: [], append: [bad] },
  );
  await scoreRoster(wb, { ...EN, mode });
  await drawDistribution(wb, EN);
  await createSkillsSheet(wb, { lang: "en", sampleRows: true });
  await buildSkillsReport(wb, { lang: "en" });
  return wb;
}

/** A sheet's conditional formats as ExcelJS reads them (not in its d.ts). */
function conditionalFormats(
  sheet: ExcelJS.Worksheet,
): { ref: string; rules: { type: string; formulae?: string[] }[] }[] {
  return (sheet as unknown as { conditionalFormattings: ReturnType<typeof conditionalFormats> })
    .conditionalFormattings;
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/**
 * ITSS Level cells of the Roster as read back: formula text and cached result. Read
 * through cell.result: ExcelJS's cell.value drops a falsy result (a cached 0).
 */
function levelCells(sheet: ExcelJS.Worksheet): { formula: string; result: unknown }[] {
  const header = (sheet.getRow(1).values as unknown[]).indexOf("ITSS Level");
  const out: { formula: string; result: unknown }[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cell = sheet.getRow(r).getCell(header);
    out.push({ formula: cell.formula ?? "", result: cell.result });
  }
  return out;
}

describe("the downloaded workbook, read back with ExcelJS", () => {
  let wb: MemoryWorkbook;
  let book: ExcelJS.Workbook;
  let chartsLeftOut = 0;
  beforeAll(async () => {
    wb = await managersWorkbook("formulas");
    const out = await exportWorkbook(wb);
    chartsLeftOut = out.chartsLeftOut;
    book = await readBack(out.bytes);
  });

  it("keeps every sheet, and says how many charts only Excel draws", () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(wb.sheets.map((s) => s.name));
    expect(chartsLeftOut).toBe(wb.charts.length);
    expect(chartsLeftOut).toBeGreaterThan(0);
  });

  it("keeps the score formulas, in the file's form, with the levels the preview showed", async () => {
    const shown = (await wb.readTable("Roster"))?.rows.map((r) => r[r.length - 2]) ?? [];
    const cells = levelCells(book.getWorksheet("Roster") as ExcelJS.Worksheet);
    expect(cells).toHaveLength(shown.length);
    for (const cell of cells) {
      expect(cell.formula).toContain("HR.ITSSLEVEL(Roster[[#This Row],[Employee ID]:[ITEE AP]]");
      expect(cell.formula).not.toContain("@");
    }
    // A bad row caches the error value, as Excel shows it; the others their level.
    expect(
      cells.map((c) => (typeof c.result === "object" ? (c.result as { error: string }).error : c.result)),
    ).toEqual(shown);
    expect(shown).toContain("#VALUE!");
  });

  it("keeps the drop-down lists, number checks and input messages of the roster's columns", () => {
    const sheet = book.getWorksheet("Roster") as ExcelJS.Worksheet;
    const field = sheet.getCell("E2").dataValidation;
    expect(field.type).toBe("list");
    expect(field.formulae?.[0]).toContain("Hardware,Software");
    expect(field.showInputMessage).toBe(true);
    expect(field.promptTitle).toBe("Specialty Field");
    expect(sheet.getCell("E17").dataValidation.type).toBe("list"); // the last data row too
    const projects = sheet.getCell("G3").dataValidation;
    expect(projects.type).toBe("whole");
    expect(projects.operator).toBe("greaterThanOrEqual");
    expect(projects.showErrorMessage).toBe(true);
  });

  it("flags bad rows with a conditional format that follows the level, and colours the heat map", () => {
    const roster = book.getWorksheet("Roster") as ExcelJS.Worksheet;
    const flags = conditionalFormats(roster).flatMap((cf) => cf.rules.map((rule) => ({ ref: cf.ref, rule })));
    expect(flags).toHaveLength(1);
    expect(flags[0]?.ref).toBe(`A2:W${roster.rowCount}`);
    expect((flags[0]?.rule as { formulae?: string[] }).formulae?.[0]).toBe("ISERROR($V2)");
    // No fixed fill: a row fixed in Excel loses its flag.
    const bad = roster.getRow(roster.rowCount).getCell(1);
    expect((bad.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb).toBeUndefined();
    const report = book.getWorksheet("Skills Report") as ExcelJS.Worksheet;
    const scales = conditionalFormats(report)
      .flatMap((cf) => cf.rules)
      .filter((r) => r.type === "colorScale");
    expect(scales.length).toBeGreaterThan(0);
  });

  it("keeps text formats, widths, tables and the frozen header row", () => {
    const roster = book.getWorksheet("Roster") as ExcelJS.Worksheet;
    expect(roster.getCell("E2").numFmt).toBe("@");
    expect(roster.getColumn(23).width).toBe(60);
    expect(roster.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(Object.keys((roster as unknown as { tables: object }).tables)).toEqual(["Roster"]);
    // Report sheets are not frozen, as Excel's adapter leaves them.
    expect((book.getWorksheet("Level Distribution") as ExcelJS.Worksheet).views?.[0]?.state).not.toBe(
      "frozen",
    );
  });

  it("scored as values, a bad row keeps its fill and its level is a value", async () => {
    const values = await managersWorkbook("values");
    const back = await readBack((await exportWorkbook(values)).bytes);
    const roster = back.getWorksheet("Roster") as ExcelJS.Worksheet;
    const last = roster.getRow(roster.rowCount);
    expect((last.getCell(1).fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe("FFFDE7E9");
    expect(conditionalFormats(roster)).toHaveLength(0);
    expect(typeof roster.getRow(2).getCell(22).value).toBe("number");
  });
});

describe("formulas as the file stores them", () => {
  it("spells this-row references out, prefixes FILTER and turns R1C1 into A1", () => {
    expect(fileFormula('=IF(COUNTA(Roster[@[A]:[B]])=0,"",HR.ITSSLEVEL(Roster[@[A]:[B]]))', 1, 5)).toBe(
      'IF(COUNTA(Roster[[#This Row],[A]:[B]])=0,"",HR.ITSSLEVEL(Roster[[#This Row],[A]:[B]]))',
    );
    expect(fileFormula('=HR.ITSSLEVEL(r,h,,,FILTER(E,E[Employee ID]=1,""))', 1, 5)).toContain(
      "_xlfn._xlws.FILTER(E,",
    );
    // The formula in G4 (row 3, column 6, 0-based) over C4:F4 with headers C2:F2.
    expect(
      fileFormula('R1C1:=IF(COUNTA(RC[-4]:RC[-1])=0,"",HR.ITSSLEVEL(RC[-4]:RC[-1],R2C[-4]:R2C[-1]))', 3, 6),
    ).toBe('IF(COUNTA(C4:F4)=0,"",HR.ITSSLEVEL(C4:F4,C$2:F$2))');
  });
});

describe("the download's file name", () => {
  it("is never the name of a file opened into the workbook", async () => {
    const wb = new MemoryWorkbook();
    expect(downloadFileName(wb)).toBe("itss-workbook.xlsx");
    const xlsx = (await exportWorkbook(await managersWorkbook("values"))).bytes;
    await openRosterFile(wb, xlsx, "ITSS-Workbook.xlsx");
    expect(downloadFileName(wb)).toBe("itss-workbook (2).xlsx");
  });
});

const soffice = spawnSync("soffice", ["--version"], { encoding: "utf8" });
const haveLibreOffice = soffice.status === 0;
const withLibreOffice = haveLibreOffice ? describe : (describe.skip.bind(describe) as typeof describe);
const title = haveLibreOffice
  ? "the downloaded workbook, opened by LibreOffice"
  : "SKIPPED: LibreOffice (soffice) is not installed here; `apt-get install -y libreoffice-calc-nogui` runs these checks (CI installs it)";

withLibreOffice(title, () => {
  let dir: string;
  let source: string;
  let sourceHash: string;
  let shown: SheetCell[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "itss-download-"));
    const wb = await managersWorkbook("formulas");
    shown = (await wb.readTable("Roster"))?.rows.map((r) => r[r.length - 2] ?? null) ?? [];
    source = join(dir, "download.xlsx");
    writeFileSync(source, (await exportWorkbook(wb)).bytes);
    sourceHash = createHash("sha256").update(readFileSync(source)).digest("hex");
    // A profile of its own, so a LibreOffice already running elsewhere does not interfere.
    const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
    const run = (filter: string, out: string): void => {
      execFileSync(
        "soffice",
        [profile, "--headless", "--convert-to", filter, "--outdir", join(dir, out), source],
        {
          stdio: "pipe",
          timeout: 120_000,
        },
      );
    };
    run("xlsx", "xlsx");
    // Every sheet as CSV (the last filter option, -1: all sheets), values as LibreOffice shows them.
    run("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "csv");
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("leaves the downloaded file as it was (output goes to another folder)", () => {
    expect(createHash("sha256").update(readFileSync(source)).digest("hex")).toBe(sourceHash);
  });

  it("shows the cached levels: LibreOffice has no HR functions, and a bad row stays an error", () => {
    const csv = readFileSync(join(dir, "csv", "download-Roster.csv"), "utf8");
    const levels = Papa.parse<string[]>(csv, { skipEmptyLines: true })
      .data.slice(1)
      .map((r) => r[21]);
    expect(levels).toHaveLength(shown.length);
    levels.forEach((level, i) => {
      const want = shown[i];
      if (typeof want === "number") expect(level).toBe(String(want));
      else expect(level).toMatch(/^(#VALUE!|#NAME\?|Err:\d+)$/);
    });
    expect(readdirSync(join(dir, "csv")).length).toBeGreaterThanOrEqual(8);
  });

  // (A headless conversion has no window, so LibreOffice drops view settings such as frozen panes.)
  it("saves the formulas, their values, drop-downs and conditional formats back into xlsx", async () => {
    const back = await readBack(new Uint8Array(readFileSync(join(dir, "xlsx", "download.xlsx"))));
    const roster = back.getWorksheet("Roster") as ExcelJS.Worksheet;
    const cells = levelCells(roster);
    expect(cells.every((c) => /itsslevel\(/i.test(c.formula))).toBe(true);
    expect(cells[0]?.result).toBe(shown[0]);
    expect(roster.getCell("E2").dataValidation.type).toBe("list");
    expect(conditionalFormats(roster).length).toBeGreaterThan(0);
  });
});
