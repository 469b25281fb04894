/**
 * The Person sheet in Excel (the double, as desktop and as the web) and in the memory
 * workbook: the drop-down's list, the live check beside it, the print setup, the radar
 * within the printed columns; and what the double refuses, as Excel's docs say it does.
 */
import { ExcelWorkbook } from "../../src/adapters/excel/excel-workbook";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import type { WorkbookAdapter } from "../../src/adapters/workbook";
import { dayOf } from "../../src/app/engagements";
import { buildPersonSummary, PERSON_SHEET } from "../../src/app/person";
import { createRoster, drawDistribution } from "../../src/app/roster";
import { createSkillsSheet } from "../../src/app/skills";
import { NOT_REFRESHED } from "../../src/core/person/person-summary";
import { ExcelDouble, OfficeError } from "../helpers/excel-double";
import { eachProfile } from "../helpers/mock-excel";

/* eslint-disable @typescript-eslint/no-explicit-any -- raw calls on the double's untyped object model, as a careless adapter might make them */

const options = { lang: "en", edition: "V3", asOf: dayOf(2026, 12, 1), date: "2026-12-01" } as const;

async function summary(wb: WorkbookAdapter, person: string, lang: "en" | "ja" = "en"): Promise<void> {
  await createRoster(wb, { lang, sampleRows: true, useCompanyRules: false, edition: "V3" });
  await createSkillsSheet(wb, { lang, sampleRows: true });
  await buildPersonSummary(wb, { ...options, lang, person });
}

/** Runs a batch against the double's object model, as the adapter would. */
async function run(fake: ExcelDouble, batch: (context: any) => void): Promise<void> {
  fake.install();
  await Excel.run(async (context) => {
    batch(context);
    await context.sync();
  });
}

eachProfile(() => {
  it("lists every Employee ID in the drop-down from a Range of the sheet and prints A4, one page, columns A-E", async () => {
    const fake = new ExcelDouble();
    fake.install();
    const wb = new ExcelWorkbook();
    await summary(wb, "E002");
    const picker = fake.validations.find((v) => v.sheet === PERSON_SHEET && v.top === 1 && v.column === 1);
    expect(picker?.rule).toMatchObject({ list: { inCellDropDown: true } });
    const list = picker?.listRange;
    expect(list).toMatchObject({ sheet: PERSON_SHEET, left: 6, top: 1, columns: 1 });
    const ids = Array.from({ length: list?.rows ?? 0 }, (_, i) => fake.display(PERSON_SHEET, 1 + i, 6));
    expect(ids).toEqual(Array.from({ length: 16 }, (_, i) => `E${String(i + 1).padStart(3, "0")}`));
    const page = fake.pages.get("person");
    expect(page).toMatchObject({
      paperSize: "A4",
      orientation: "Portrait",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      printArea: { top: 0, left: 0, columns: 5 },
    });
    const radar = fake.charts.find((c) => c.name === "ITSS_PersonRadar");
    expect(radar?.position?.right).toBeLessThan(5);
    expect(radar?.type).toBe("Radar");
  });

  it("says beside the drop-down when another ID is chosen, until the summary is rebuilt for it", async () => {
    const fake = new ExcelDouble();
    fake.install();
    const wb = new ExcelWorkbook();
    await summary(wb, "E002", "ja");
    expect(fake.display(PERSON_SHEET, 1, 2)).toBe("");
    fake.grid(PERSON_SHEET)[1]![1] = "E005";
    expect(fake.display(PERSON_SHEET, 1, 2)).toBe(NOT_REFRESHED.ja);
    fake.grid(PERSON_SHEET)[1]![1] = "e002"; // Excel's = ignores case
    expect(fake.display(PERSON_SHEET, 1, 2)).toBe("");
    await buildPersonSummary(wb, { ...options, lang: "ja", person: "E005" });
    expect(fake.display(PERSON_SHEET, 1, 1)).toBe("E005");
    expect(fake.display(PERSON_SHEET, 1, 2)).toBe("");
    // Rebuilt on the same sheet, one drop-down rule on B2.
    expect(fake.sheetNames().filter((s) => s.startsWith("Person"))).toEqual([PERSON_SHEET]);
    expect(
      fake.validations.filter((v) => v.sheet === PERSON_SHEET && v.top === 1 && v.column === 1),
    ).toHaveLength(1);
  });

  it("leaves a sheet of the user's called Person alone, and refreshes from the summary's own sheet", async () => {
    const fake = new ExcelDouble({ Person: [["my notes"], ["", "E001"]] });
    fake.install();
    const wb = new ExcelWorkbook();
    await summary(wb, "E002");
    expect(fake.cell("Person", 0, 0)).toBe("my notes");
    expect(fake.display("Person (2)", 1, 1)).toBe("E002");
    fake.grid("Person (2)")[1]![1] = "E006";
    expect((await buildPersonSummary(wb, options)).employeeId).toBe("E006");
    expect(fake.cell("Person", 1, 1)).toBe("E001");
  });

  it("gives native charts readable axes: every label, turned when long, a value axis from 0 on round steps", async () => {
    const fake = new ExcelDouble();
    fake.install();
    const wb = new ExcelWorkbook();
    await createRoster(wb, { lang: "ja", sampleRows: true, useCompanyRules: false, edition: "V3" });
    await drawDistribution(wb, { lang: "ja", edition: "V3", useCompanyRules: false, fromSelection: false });
    const charts = fake.charts.filter((c) => c.type !== "Radar");
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      const { category, value } = chart.axes ?? { category: {}, value: {} };
      expect(category.title).toBe("レベル");
      expect(value.title).toBe("人数");
      expect(category.tickLabelSpacing).toBe(1);
      expect([0, -45, -90]).toContain(category.textOrientation);
      expect(value.minimum).toBe(0);
      const step = value.majorUnit as number;
      expect(Number.isInteger(step) && step >= 1).toBe(true);
      expect((value.maximum as number) % step).toBe(0);
    }
  });
});

describe("the double refuses what Excel refuses", () => {
  it("a data validation rule with two kinds of criterion, or a list from a block of cells", async () => {
    const fake = new ExcelDouble({
      S: [
        ["a", "b"],
        ["c", "d"],
      ],
    });
    await expect(
      run(fake, (c) => {
        const cell = c.workbook.worksheets.getItem("S").getRangeByIndexes(3, 0, 1, 1);
        cell.dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" }, wholeNumber: {} };
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      run(fake, (c) => {
        const sheet = c.workbook.worksheets.getItem("S");
        const cell = sheet.getRangeByIndexes(3, 0, 1, 1);
        cell.dataValidation.rule = {
          list: { inCellDropDown: true, source: sheet.getRangeByIndexes(0, 0, 2, 2) },
        };
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("page zoom set member by member, an unknown paper, and a chart axis turned to 100 degrees", async () => {
    const fake = new ExcelDouble({ S: [["a"]] });
    await expect(
      run(fake, (c) => (c.workbook.worksheets.getItem("S").pageLayout.zoom.scale = 50)),
    ).rejects.toThrow(OfficeError);
    await expect(
      run(fake, (c) => (c.workbook.worksheets.getItem("S").pageLayout.paperSize = "A4 Wide")),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      run(fake, (c) => (c.workbook.worksheets.getItem("S").pageLayout.zoom = { scale: 500 })),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    const chart = async (set: (axis: any) => void) =>
      run(fake, (c) => {
        const sheet = c.workbook.worksheets.getItem("S");
        set(sheet.charts.add("ColumnClustered", sheet.getRangeByIndexes(0, 0, 1, 1)).axes.categoryAxis);
      });
    await expect(chart((a) => (a.textOrientation = 100))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(chart((a) => (a.tickLabelSpacing = 0))).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(chart((a) => (a.textOrientation = 180))).resolves.toBeUndefined();
  });

  it("a member newer than the manifest's ExcelApi 1.9, such as an axis title's orientation (1.12)", async () => {
    const fake = new ExcelDouble({ S: [["a"]] });
    const turnTitle = () =>
      run(fake, (c) => {
        const sheet = c.workbook.worksheets.getItem("S");
        sheet.charts.add(
          "ColumnClustered",
          sheet.getRangeByIndexes(0, 0, 1, 1),
        ).axes.valueAxis.title.textOrientation = 90;
      });
    await expect(turnTitle()).rejects.toMatchObject({ code: "ApiNotFound" });
    fake.apiSet = "1.12";
    await expect(turnTitle()).resolves.toBeUndefined();
  });
});

describe("the Person sheet in the memory workbook (the preview)", () => {
  it("keeps the drop-down over the choices, the print setup, and the live check", async () => {
    const wb = new MemoryWorkbook();
    await summary(wb, "E003");
    const sheet = wb.sheet(PERSON_SHEET);
    expect(sheet?.dropDowns).toEqual([
      expect.objectContaining({ row: 1, column: 1, source: { top: 1, left: 6, rows: 16, columns: 1 } }),
    ]);
    expect(sheet?.page).toMatchObject({ paper: "A4", printColumns: 5 });
    expect(wb.values(PERSON_SHEET, 1, 0, 1, 3)).toEqual([["Employee ID", "E003", ""]]);
    wb.putCell(PERSON_SHEET, 1, 1, "E004");
    expect(wb.values(PERSON_SHEET, 1, 2, 1, 1)).toEqual([[NOT_REFRESHED.en]]);
  });
});

describe("Refresh", () => {
  it("rebuilds the summary for the ID chosen in the sheet's drop-down", async () => {
    const wb = new MemoryWorkbook();
    await summary(wb, "E003");
    wb.putCell(PERSON_SHEET, 1, 1, "E007");
    const result = await buildPersonSummary(wb, options);
    expect(result.employeeId).toBe("E007");
    expect(wb.values(PERSON_SHEET, 1, 1, 1, 2)).toEqual([["E007", ""]]);
  });

  it("names an ID the roster does not have", async () => {
    const wb = new MemoryWorkbook();
    await summary(wb, "E003");
    wb.putCell(PERSON_SHEET, 1, 1, "X999");
    await expect(buildPersonSummary(wb, options)).rejects.toThrow("X999");
  });
});
