/**
 * The Excel adapter against the Excel double (test/helpers/excel-double.ts): batching (the number of syncs does
 * not grow with the rows, apart from chunking), request sizes under Excel on the
 * web's limit, calculation suspended during bulk writes, text kept as text, and
 * in-place updates.
 */
import { ExcelWorkbook } from "../../src/adapters/excel/excel-workbook";
import { chunkRows, WorkbookWriteError } from "../../src/adapters/workbook";
import { scorePlan } from "../../src/core/sheets/score-plan";
import { distributionReport } from "../../src/core/sheets/distribution";
import { standardTables } from "../../src/core/sheets/standard-tables";
import { rosterTemplate } from "../../src/core/sheets/roster-template";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../src/core/roster/sample";
import type { TableData } from "../../src/core/sheets/sheet-table";
import { eachProfile, FakeExcel } from "../helpers/mock-excel";

const EXCEL_WEB_LIMIT = 5 * 1024 * 1024;
const NOT_LOADED = /Error, (property was not loaded|context.sync\(\) was not called)/;

function rosterOf(rows: number): { fake: FakeExcel; data: (string | number)[][] } {
  const sample = sampleRosterRows();
  const data = Array.from({ length: rows }, (_, i) => {
    const r = [...(sample[i % sample.length] ?? [])];
    r[0] = `E${i + 1}`;
    return r;
  });
  const fake = new FakeExcel();
  fake.addTable(
    {
      name: "Roster",
      sheet: "Roster",
      top: 0,
      left: 0,
      rows: rows + 1,
      columns: SAMPLE_ROSTER_HEADERS.length,
    },
    [[...SAMPLE_ROSTER_HEADERS], ...data],
  );
  fake.install();
  return { fake, data };
}

async function readRoster(fake: FakeExcel): Promise<TableData> {
  const roster = await new ExcelWorkbook().findRoster(false);
  if (!roster) throw new Error("no roster");
  fake.syncs.length = 0;
  return roster;
}

eachProfile(() => {
  describe("reading", () => {
    it("reads a roster table with loads and syncs in the right order: no unloaded value reaches the data", async () => {
      const { fake, data } = rosterOf(10);
      const roster = await new ExcelWorkbook().findRoster(false);
      expect(roster?.headers).toEqual(SAMPLE_ROSTER_HEADERS);
      expect(roster?.rows).toEqual(data);
      expect(JSON.stringify(roster)).not.toMatch(NOT_LOADED);
      expect(fake.syncs.length).toBeLessThanOrEqual(5);
    });

    it("reads a large table in chunks sized by their UTF-8 bytes, each response well under the limit", async () => {
      const { fake } = rosterOf(50_000);
      const roster = await new ExcelWorkbook().findRoster(false);
      expect(roster?.rows).toHaveLength(50_000);
      const reads = fake.syncs.filter((s) => s.reads > 0);
      expect(reads.length).toBeGreaterThan(2);
      for (const s of reads) expect(s.responseBytes).toBeLessThan(EXCEL_WEB_LIMIT / 2);
      // Past the first small probe, chunks are close to the adapter's byte target.
      expect(Math.max(...reads.map((s) => s.responseBytes))).toBeGreaterThan(500_000);
    });
  });

  describe("scoring writes", () => {
    const syncsFor = async (rows: number, mode: "values" | "formulas") => {
      const { fake } = rosterOf(rows);
      const roster = await readRoster(fake);
      const plan = scorePlan(roster, { mode, lang: "en", edition: "V3", useCompanyRules: false });
      await new ExcelWorkbook().writeScores(roster, plan.columns);
      const payload =
        mode === "values"
          ? (plan.columns.values ?? []).map((v) => [...v])
          : Array.from({ length: rows }, () => [...(plan.columns.formulas ?? [])]);
      return { fake, plan, chunks: chunkRows(payload).length };
    };

    it.each(["values", "formulas"] as const)(
      "%s: the same number of syncs for 10 and 50,000 rows, apart from chunking",
      async (mode) => {
        const small = await syncsFor(10, mode);
        const large = await syncsFor(50_000, mode);
        expect(large.chunks).toBeGreaterThan(5);
        expect(small.fake.syncs.length - small.chunks).toBe(large.fake.syncs.length - large.chunks);
        expect(small.fake.syncs.length - small.chunks).toBeLessThanOrEqual(2);
        for (const s of large.fake.syncs) expect(s.bytes).toBeLessThan(EXCEL_WEB_LIMIT);
        // Every request that writes cells in bulk has calculation suspended.
        for (const s of large.fake.syncs.filter(
          (x) => x.writes.some((w) => /^(values|formulas)/.test(w)) && x.bytes > 10_000,
        ))
          expect(s.suspended).toBe(true);
      },
    );

    it("writes the engine's level into the new column of every row and highlights invalid rows", async () => {
      const { fake } = rosterOf(10);
      fake.grid("Roster")[3]![4] = "Hardwear"; // E3's field
      const roster = await readRoster(fake);
      const plan = scorePlan(roster, { mode: "values", lang: "en", edition: "V3", useCompanyRules: false });
      await new ExcelWorkbook().writeScores(roster, plan.columns);
      expect(fake.cell("Roster", 0, 21)).toBe("ITSS Level");
      expect(fake.cell("Roster", 1, 21)).toBe(3);
      expect(fake.cell("Roster", 3, 21)).toBe("");
      expect(String(fake.cell("Roster", 3, 22))).toMatch(
        /^Error: Row 4, column "Specialty Field": "Hardwear"/,
      );
      expect(fake.fills).toEqual([
        { sheet: "Roster", top: 3, left: 0, rows: 1, columns: 23, color: "#FDE7E9" },
      ]);
      expect(fake.tables[0]?.columns).toBe(23);
    });

    it("writes live formulas with the table's structured references", async () => {
      const { fake } = rosterOf(3);
      const roster = await readRoster(fake);
      const plan = scorePlan(roster, { mode: "formulas", lang: "ja", edition: "V2", useCompanyRules: true });
      await new ExcelWorkbook().writeScores(roster, plan.columns);
      expect(fake.cell("Roster", 2, 21)).toBe(
        '=IF(COUNTA(Roster[@[Employee ID]:[ITEE AP]])=0,"",HR.ITSSLEVEL(Roster[@[Employee ID]:[ITEE AP]],Roster[[#Headers],[Employee ID]:[ITEE AP]],KPI_Rules[#All],"V2"))',
      );
      expect(String(fake.cell("Roster", 2, 22))).toMatch(/HR\.ITSSGAP\(.*,,KPI_Rules\[#All\],"V2","ja"\)\)$/);
    });
  });

  describe("the standard's tables", () => {
    it("creates four tables, formats text columns as text before writing values, and updates them in place", async () => {
      const fake = new FakeExcel({ "My sheet": [["keep"]] });
      fake.install();
      await new ExcelWorkbook().writeTables(standardTables("en"));
      expect(fake.tables.map((t) => t.name)).toEqual(["ITSS_Levels", "KPI_Rules", "Skill_Items", "CMBOK"]);
      expect(fake.tablesAdded).toBe(4);
      const firstWrite = fake.syncs.find((s) => s.writes.length > 0);
      expect(firstWrite?.writes.slice(0, 2)).toEqual(["numberFormat@0,0", "values@0,0"]);
      expect(fake.numberFormat("KPI Rules", 1, 9)).toBe("@"); // Size Rule is text
      expect(fake.numberFormat("KPI Rules", 1, 2)).toBe("General"); // Level is a number
      const syncsFirst = fake.syncs.length;

      fake.syncs.length = 0;
      await new ExcelWorkbook().writeTables(standardTables("ja"));
      expect(fake.tablesAdded).toBe(4);
      expect(fake.tables).toHaveLength(4);
      expect(fake.cell("Levels", 0, 0)).toBe("職種");
      expect(fake.cell("My sheet", 0, 0)).toBe("keep");
      expect(fake.syncs.length).toBe(syncsFirst + 1);
    });

    it("creates the roster template with validation, input messages and formula columns", async () => {
      const fake = new FakeExcel();
      fake.install();
      await new ExcelWorkbook().createTemplateTable(
        rosterTemplate({ lang: "en", sampleRows: true, useCompanyRules: false }),
      );
      expect(fake.tables.map((t) => [t.name, t.rows, t.columns])).toEqual([["Roster", 17, 23]]);
      const field = fake.validations.find((v) => v.column === 4);
      expect(field?.rule).toEqual({
        list: {
          inCellDropDown: true,
          source:
            "Hardware,Software,Facility Management,Operations Management,System Management,Operations,Service Desk",
        },
      });
      expect(field?.prompt).toMatchObject({ showPrompt: true, title: "Specialty Field" });
      expect(fake.validations.find((v) => v.column === 8)?.rule).toEqual({
        wholeNumber: { formula1: 0, formula2: 7, operator: "Between" },
      });
      expect(String(fake.cell("Roster", 1, 21))).toMatch(
        /^=IF\(COUNTA\(Roster\[@\[Employee ID\]:\[ITEE AP\]\]\)=0,"",HR\.ITSSLEVEL\(/,
      );
      await expect(
        new ExcelWorkbook().createTemplateTable(
          rosterTemplate({ lang: "en", sampleRows: false, useCompanyRules: false }),
        ),
      ).rejects.toThrow(/already exists/);
    });
  });

  describe("level distribution", () => {
    const draw = async (rows: number, lang: "en" | "ja", fake?: FakeExcel) => {
      const setup = fake ? { fake } : rosterOf(rows);
      setup.fake.install();
      const roster = await readRoster(setup.fake);
      const plan = scorePlan(roster, { mode: "values", lang, edition: "V3", useCompanyRules: false });
      await new ExcelWorkbook().writeReport(distributionReport(plan.people, lang));
      return setup.fake;
    };

    it("uses the same number of syncs for 10 and 50,000 rows, and refreshes its charts instead of adding more", async () => {
      const small = await draw(10, "en");
      const large = await draw(50_000, "en");
      expect(small.syncs.length).toBe(large.syncs.length);
      expect(large.charts.map((c) => [c.name, c.type])).toEqual([
        // Seven fields: stacked, not seven thin clustered bars per level.
        ["ITSS_LevelByField", "ColumnStacked"],
        ["ITSS_LevelByDepartment", "ColumnStacked"],
      ]);
      large.syncs.length = 0;
      await draw(50_000, "ja", large);
      expect(large.charts).toHaveLength(2);
      expect(large.charts.map((c) => c.setDataCalls)).toEqual([1, 1]);
      expect(large.charts[0]?.title).toBe("専門分野別のレベル分布（人数）");
      expect(large.cell("Level Distribution", 0, 0)).toBe("レベル");
      expect(large.tables.filter((t) => t.name === "LevelByField")).toHaveLength(1);
    });
  });

  describe("errors", () => {
    it("retries once when Excel is in cell-edit mode", async () => {
      const { fake } = rosterOf(2);
      fake.failNextRunWith = "InvalidOperationInCellEditMode";
      const started = Date.now();
      const roster = await new ExcelWorkbook().findRoster(false);
      expect(roster?.rows).toHaveLength(2);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    });

    it("says which table may be incomplete when a write fails part-way", async () => {
      const fake = new FakeExcel();
      fake.install();
      fake.failSyncAt = 2; // shape, Levels, then KPI Rules
      const error = await new ExcelWorkbook().writeTables(standardTables("en")).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookWriteError);
      expect((error as WorkbookWriteError).partial).toBe("KPI_Rules");
      expect((error as WorkbookWriteError).detail.en).toMatch(
        /The table "KPI_Rules" may be incomplete: run the action again/,
      );
      expect((error as WorkbookWriteError).detail.ja).toMatch(/KPI_Rules/);
    });
  });

  describe("appending imported rows", () => {
    it("adds new columns, formats literal-text cells as text before their values, and appends at the end", async () => {
      const { fake } = rosterOf(3);
      const headers = [...SAMPLE_ROSTER_HEADERS, "Notes"];
      const row = SAMPLE_ROSTER_HEADERS.map(() => null as string | null);
      row[0] = "Z9";
      await new ExcelWorkbook().updateTableRows(
        { sheet: "Roster", table: "Roster", headers, rows: [] },
        {
          remove: [],
          append: [[...row, '=HYPERLINK("x")']],
          literal: [[...row.map(() => false), true]],
          newColumns: ["Notes"],
        },
      );
      expect(fake.cell("Roster", 0, 21)).toBe("Notes");
      expect(fake.cell("Roster", 4, 0)).toBe("Z9");
      expect(fake.cell("Roster", 4, 21)).toBe('=HYPERLINK("x")');
      expect(fake.numberFormat("Roster", 4, 21)).toBe("@");
      expect(fake.numberFormat("Roster", 4, 6)).toBe("General");
      const write = fake.syncs.find((s) => s.writes.includes("values@4,0"));
      expect(write?.writes.indexOf("numberFormat@4,0")).toBeLessThan(
        write?.writes.indexOf("values@4,0") ?? -1,
      );
      expect(write?.suspended).toBe(true);
    });

    it("replacing removes only the given rows, bottom-up", async () => {
      const { fake, data } = rosterOf(6);
      await new ExcelWorkbook().updateTableRows(
        { sheet: "Roster", table: "Roster", headers: [...SAMPLE_ROSTER_HEADERS], rows: [] },
        { remove: [1, 2, 4], append: [] },
      );
      expect([1, 2, 3].map((r) => fake.cell("Roster", r, 0))).toEqual([
        data[0]?.[0],
        data[3]?.[0],
        data[5]?.[0],
      ]);
    });
  });

  describe("custom validation", () => {
    it("writes the Skills ratings' per-field rule as a custom formula", async () => {
      const { skillsTemplate } = await import("../../src/core/skills/sheets");
      const fake = new FakeExcel();
      fake.install();
      await new ExcelWorkbook().createTemplateTable(skillsTemplate({ lang: "en", sampleRows: false }));
      const rule = fake.validations.find((v) => v.column === 10)?.rule as { custom?: { formula: string } };
      expect(rule.custom?.formula).toBe('=OR(K2="",AND(K2=INT(K2),AND($D2="Hardware",K2>=3,K2<=5)))');
    });
  });
});

eachProfile(() => {
  describe("rows written in place (an import updating people)", () => {
    it("leaves null cells and their formats as they are, and formats a literal cell as text first", async () => {
      const fake = new FakeExcel();
      fake.install();
      const wb = new ExcelWorkbook();
      const spec = { sheet: "Notes", table: "Notes", headers: ["Key", "Value", "Other"], rows: [] };
      await wb.writeTables([
        {
          ...spec,
          rows: [
            ["a", 1, "x"],
            ["b", 2, "y"],
          ],
          text: [true, false, false],
        },
      ]);
      await wb.updateTableRows(spec, {
        remove: [],
        append: [],
        update: [{ index: 1, cells: [null, "=1+1", 3], literal: [false, true, false] }],
      });
      expect(fake.numberFormat("Notes", 2, 1)).toBe("@");
      expect(fake.numberFormat("Notes", 2, 2)).toBe("General");
      expect(fake.numberFormat("Notes", 2, 0)).toBe("@"); // left as the table made it
      expect((await wb.readTable("Notes"))?.rows).toEqual([
        ["a", 1, "x"],
        ["b", "=1+1", 3],
      ]);
    });
  });
});
