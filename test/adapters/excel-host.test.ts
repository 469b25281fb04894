/**
 * What the host-faithful double exposed in the Excel adapter, under both profiles:
 * multi-row appends into an existing table, clearing cells, sheet names Excel refuses
 * or a user's sheet that carries one of our names, validation text limits, formulas
 * after a values-mode score, and reads sized by UTF-8 bytes (a Japanese roster of
 * 50,000 rows read and written within Excel on the web's payload limits).
 */
import { ExcelWorkbook } from "../../src/adapters/excel/excel-workbook";
import { distributionReport } from "../../src/core/sheets/distribution";
import { rosterTemplate } from "../../src/core/sheets/roster-template";
import { scorePlan } from "../../src/core/sheets/score-plan";
import type { SheetTable, TableData } from "../../src/core/sheets/sheet-table";
import { standardTables } from "../../src/core/sheets/standard-tables";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../src/core/roster/sample";
import { ExcelDouble, WEB_PAYLOAD_LIMIT } from "../helpers/excel-double";
import { eachProfile } from "../helpers/mock-excel";

const HEADERS = [...SAMPLE_ROSTER_HEADERS];

function roster(rows: number): { fake: ExcelDouble; data: (string | number)[][] } {
  const sample = sampleRosterRows();
  const data = Array.from({ length: rows }, (_, i) => {
    const r = [...(sample[i % sample.length] ?? [])];
    r[0] = `E${i + 1}`;
    return r;
  });
  const fake = new ExcelDouble();
  fake.addTable(
    { name: "Roster", sheet: "Roster", top: 0, left: 0, rows: rows + 1, columns: HEADERS.length },
    [HEADERS, ...data],
  );
  fake.install();
  return { fake, data };
}

const rosterSpec: SheetTable = { sheet: "Roster", table: "Roster", headers: HEADERS, rows: [] };

function tableValues(fake: ExcelDouble, name: string): unknown[][] {
  const t = fake.tables.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return Array.from({ length: t.rows }, (_, r) =>
    Array.from({ length: t.columns }, (_, c) => fake.display(t.sheet, t.top + r, t.left + c)),
  );
}

const idRow = (id: string): string[] => HEADERS.map((_, c) => (c === 0 ? id : ""));

eachProfile(() => {
  describe("appending rows to an existing table", () => {
    it("appends several rows at once: the whole added block is written, not only the top row", async () => {
      const { fake, data } = roster(3);
      await new ExcelWorkbook().updateTableRows(rosterSpec, {
        remove: [],
        append: [idRow("N1"), idRow("N2"), idRow("N3")],
      });
      const body = tableValues(fake, "Roster").slice(1);
      expect(body.map((r) => r[0])).toEqual([data[0]![0], data[1]![0], data[2]![0], "N1", "N2", "N3"]);
    });

    it("replacing every row leaves no blank first row", async () => {
      const { fake } = roster(4);
      await new ExcelWorkbook().updateTableRows(rosterSpec, {
        remove: [0, 1, 2, 3],
        append: [idRow("R1"), idRow("R2")],
      });
      expect(tableValues(fake, "Roster").map((r) => r[0])).toEqual(["Employee ID", "R1", "R2"]);
    });

    it("appended rows take a calculated column's formula; replacing every row keeps it in the row that stays", async () => {
      const fake = new ExcelDouble();
      fake.install();
      await new ExcelWorkbook().createTemplateTable(
        rosterTemplate({ lang: "en", sampleRows: true, useCompanyRules: false }),
      );
      const headers = fake.grid("Roster")[0] as string[];
      const spec = { ...rosterSpec, headers };
      const row = (id: string) => headers.map((_, c) => (c === 0 ? id : null));
      await new ExcelWorkbook().updateTableRows(spec, { remove: [], append: [row("A1"), row("A2")] });
      const last = fake.tables[0]!.rows - 1;
      expect(fake.isFormula("Roster", last, 21)).toBe(true);
      await new ExcelWorkbook().updateTableRows(spec, {
        remove: Array.from({ length: last }, (_, i) => i),
        append: [row("B1"), row("B2")],
      });
      expect(tableValues(fake, "Roster").map((r) => r[0])).toEqual(["Employee ID", "B1", "B2"]);
      expect(fake.isFormula("Roster", 1, 21)).toBe(true);
      expect(fake.display("Roster", 1, 1)).toBe("");
    });
  });

  describe("the double's own honesty", () => {
    it("a formula it cannot calculate never reads back as its text, which Excel would not show", async () => {
      const fake = new ExcelDouble({ Notes: [["", "", ""]] });
      fake.install();
      const read = await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Notes").getRangeByIndexes(0, 0, 1, 3);
        range.values = [["=1+1", "=SUM(1,2)", "plain"]];
        range.load("values");
        await context.sync();
        return range.values[0] ?? [];
      });
      expect(read[0]).not.toBe("=1+1");
      expect(read[1]).not.toBe("=SUM(1,2)");
      expect(String(read[0])).toMatch(/UNCALCULATED-BY-DOUBLE/);
      expect(read[2]).toBe("plain");
    });
  });

  describe("clearing cells", () => {
    it('rewriting a table clears a cell that is now empty ("" is written, never null)', async () => {
      const fake = new ExcelDouble();
      fake.install();
      const spec = { sheet: "Notes", table: "Notes", headers: ["Key", "Value"] };
      await new ExcelWorkbook().writeTables([{ ...spec, rows: [["a", "old"]] }]);
      await new ExcelWorkbook().writeTables([{ ...spec, rows: [["a", null]] }]);
      expect(fake.display("Notes", 1, 1)).toBe("");
    });
  });

  describe("sheet names", () => {
    it('a round history goes to a sheet Excel accepts (Excel refuses "History")', async () => {
      const fake = new ExcelDouble();
      fake.install();
      await expect(
        new ExcelWorkbook().writeTables([{ sheet: "History", table: "H", headers: ["a"], rows: [["x"]] }]),
      ).rejects.toThrow(/History/);
      const { historyTableSpec } = await import("../../src/core/rounds/sheets");
      const { historyHeader } = await import("../../src/core/rounds/history");
      for (const lang of ["en", "ja"] as const) {
        const spec = historyTableSpec(historyHeader(lang));
        expect(spec.sheet.toLowerCase()).not.toBe("history");
        expect(spec.sheet).toMatch(/^[^:\\/?*[\]']{1,31}$/);
      }
    });

    it("never writes into a user's sheet that carries one of our names; running again updates our own sheet", async () => {
      const { fake } = roster(10);
      fake.grid("Level Distribution").push(["my own notes"]);
      fake.grid("Levels").push(["budget", 2026]);
      const wb = new ExcelWorkbook();
      const data = (await wb.findRoster(false)) as TableData;
      const plan = scorePlan(data, { mode: "values", lang: "en", edition: "V3", useCompanyRules: false });
      await wb.writeReport(distributionReport(plan.people, "en"));
      await wb.writeReport(distributionReport(plan.people, "en"));
      await wb.writeTables(standardTables("en"));
      await wb.writeTables(standardTables("en"));
      expect(fake.cell("Level Distribution", 0, 0)).toBe("my own notes");
      expect(fake.cell("Levels", 0, 1)).toBe(2026);
      expect(fake.sheetNames()).toEqual(
        expect.arrayContaining(["Level Distribution (2)", "Levels (2)", "KPI Rules"]),
      );
      expect(fake.sheetNames().filter((n) => n.endsWith("(3)"))).toEqual([]);
      expect(fake.tables.find((t) => t.name === "ITSS_Levels")?.sheet).toBe("Levels (2)");
    });
  });

  describe("data validation text", () => {
    it("keeps input messages and error alerts within Excel's limits", async () => {
      const fake = new ExcelDouble();
      fake.install();
      const template = rosterTemplate({ lang: "ja", sampleRows: false, useCompanyRules: false });
      const long = {
        ...template,
        columns: template.columns.map((c) => ({
          ...c,
          prompt: { title: "T".repeat(40), message: "長".repeat(300) },
        })),
      };
      await new ExcelWorkbook().createTemplateTable(long);
      const v = fake.validations.find((x) => x.errorAlert);
      expect(v?.prompt?.title?.length).toBeLessThanOrEqual(32);
      expect(v?.prompt?.message?.length).toBeLessThanOrEqual(255);
      expect(v?.errorAlert?.message?.length).toBeLessThanOrEqual(225);
    });
  });

  describe("scoring modes", () => {
    it("a formulas-mode score after a values-mode score writes formulas, not text", async () => {
      const { fake } = roster(5);
      const wb = new ExcelWorkbook();
      const first = (await wb.findRoster(false)) as TableData;
      await wb.writeScores(
        first,
        scorePlan(first, { mode: "values", lang: "en", edition: "V3", useCompanyRules: false }).columns,
      );
      const second = (await wb.findRoster(false)) as TableData;
      await wb.writeScores(
        second,
        scorePlan(second, { mode: "formulas", lang: "en", edition: "V3", useCompanyRules: false }).columns,
      );
      for (const row of [1, 5]) {
        expect(fake.isFormula("Roster", row, 21)).toBe(true);
        expect(fake.isFormula("Roster", row, 22)).toBe(true);
      }
      expect(fake.display("Roster", 1, 21)).toBe(3);
    });
  });

  describe("a 50,000-row Japanese roster", () => {
    it("is scored, read back with its Japanese gap sentences, and scored again, every request and response within the limit", async () => {
      const { fake } = roster(50_000);
      const wb = new ExcelWorkbook();
      const options = { lang: "ja", edition: "V3", useCompanyRules: false } as const;
      const first = (await wb.findRoster(false)) as TableData;
      await wb.writeScores(first, scorePlan(first, { ...options, mode: "values" }).columns);
      // The longest gap sentences: several hundred characters of Japanese per row.
      const grid = fake.grid("Roster");
      for (let r = 1; r <= 50_000; r++) grid[r]![22] = String(grid[r]![22]).repeat(5);
      fake.syncs.length = 0;
      const scored = (await wb.findRoster(false)) as TableData;
      expect(scored.rows).toHaveLength(50_000);
      expect(String(scored.rows[0]?.[22])).toMatch(/[ぁ-んァ-ン一-龯]/);
      const reads = fake.syncs.filter((s) => s.reads > 0);
      // Counted by cells, a 100,000-cell chunk of this table would be over the limit.
      const bytes = reads.reduce((n, s) => n + s.responseBytes, 0);
      expect((bytes / (50_000 * 23)) * 100_000).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
      for (const s of fake.syncs) {
        expect(s.responseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
        expect(s.bytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
      }
      fake.syncs.length = 0;
      await wb.writeScores(scored, scorePlan(scored, { ...options, mode: "formulas" }).columns);
      for (const s of fake.syncs) expect(s.bytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
      expect(fake.isFormula("Roster", 50_000, 22)).toBe(true);
    });

    it("reads again in smaller chunks when Excel refuses a response as too large", async () => {
      const { fake } = roster(2_000);
      fake.payloadLimit = 200_000;
      const read = await new ExcelWorkbook().findRoster(false);
      expect(read?.rows).toHaveLength(2_000);
      if (fake.profile === "web")
        expect(Math.max(...fake.syncs.filter((s) => !s.error).map((s) => s.responseBytes))).toBeLessThan(
          200_000,
        );
    });
  });

  describe("reading the selection", () => {
    it("a whole-column selection reads only the rows of the used range", async () => {
      const { fake } = roster(9);
      fake.selection = { sheet: "Roster", top: 0, left: 0, rows: 1_048_576, columns: HEADERS.length };
      const read = await new ExcelWorkbook().findRoster(true);
      expect(read?.rows).toHaveLength(9);
      expect(read?.headers).toEqual(HEADERS);
      expect(fake.syncs.filter((s) => s.reads > 0)).toHaveLength(1);
    });
  });
});
