/**
 * With no roster, scoring and drawing the distribution answer "No roster yet" and
 * change no table, on both adapters: the product's own tables (the standard, Skills,
 * History...) are never taken for a roster, whatever their headers.
 */
import { ActionProblem, drawDistribution, loadStandard, scoreRoster } from "../../src/app/roster";
import { ExcelWorkbook } from "../../src/adapters/excel/excel-workbook";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import type { WorkbookAdapter } from "../../src/adapters/workbook";
import { LAYOUT } from "../../src/core/layout";
import { SAMPLE_ROSTER_HEADERS } from "../../src/core/roster/sample";
import { standardTables } from "../../src/core/sheets/standard-tables";
import { FakeExcel } from "../helpers/mock-excel";

const options = { lang: "en", edition: "V3", useCompanyRules: false, fromSelection: false } as const;

async function expectNoRoster(wb: WorkbookAdapter, snapshot: () => string): Promise<void> {
  const before = snapshot();
  for (const run of [
    () => scoreRoster(wb, { ...options, mode: "values" }),
    () => drawDistribution(wb, options),
  ]) {
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionProblem);
    expect((error as ActionProblem).detail.en).toMatch(/^No roster yet: create or import one/);
  }
  expect(snapshot()).toBe(before);
}

describe("scoring with no roster", () => {
  it("changes no table of the in-memory workbook (the preview)", async () => {
    const wb = new MemoryWorkbook();
    await loadStandard(wb, "en", { overwriteEdits: false });
    // A History table has Employee ID and Specialty Field: still not a roster.
    await wb.updateTableRows(
      { sheet: LAYOUT.history.sheet, table: LAYOUT.history.table, headers: SAMPLE_ROSTER_HEADERS, rows: [] },
      { remove: [], append: [["E001", "Sato", "", "Customer Service", "Hardware", "Member"]] },
    );
    await expectNoRoster(wb, () => JSON.stringify({ sheets: wb.sheets, tables: wb.tables }));
  });

  it("changes no table in Excel", async () => {
    const fake = new FakeExcel();
    for (const t of standardTables("en")) {
      fake.addTable(
        {
          name: t.table,
          sheet: t.sheet,
          top: 0,
          left: 0,
          rows: t.rows.length + 1,
          columns: t.headers.length,
        },
        [[...t.headers], ...t.rows.map((r) => [...r])] as never,
      );
    }
    fake.addTable(
      { name: "History", sheet: "History", top: 0, left: 0, rows: 2, columns: SAMPLE_ROSTER_HEADERS.length },
      [[...SAMPLE_ROSTER_HEADERS], SAMPLE_ROSTER_HEADERS.map(() => "x")] as never,
    );
    fake.install();
    await expectNoRoster(new ExcelWorkbook(), () =>
      JSON.stringify({ sheets: fake.sheets, tables: fake.tables, charts: fake.charts }),
    );
  });
});
