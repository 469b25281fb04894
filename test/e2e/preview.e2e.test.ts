/**
 * The task pane in a real browser, used as a person would: click through every
 * action on the in-memory workbook and check what the sheets show.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { scoreRow } from "../../src/core/engine/score-row";
import { mapHeaders } from "../../src/core/roster/header-map";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../src/core/roster/sample";
import {
  openPreview,
  ROOT,
  SCREENSHOTS,
  seriousViolations,
  sheetColumn,
  startHarness,
  success,
  type Harness,
} from "./harness";

const EXPECTED = sampleRosterRows().map((r) =>
  String(scoreRow(r, { headers: mapHeaders(SAMPLE_ROSTER_HEADERS) }).level),
);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function expectAccessible(page: Page, view: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${view}.png`), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
}

describe("the task pane in a plain browser", () => {
  it("starts on the built-in sample: a scored roster and its level distribution charts", async () => {
    const { page, errors } = await openPreview(h);
    await page.getByRole("tab", { name: "Roster", exact: true }).nth(1).waitFor();
    expect(await sheetColumn(page, "Roster", "ITSS Level")).toEqual(EXPECTED);
    await page.getByRole("tab", { name: "Level Distribution" }).click();
    await expect(page.locator("figure[data-chart]").count()).resolves.toBe(2);
    await expectAccessible(page, "sample");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("loads the standard, creates a roster, scores it, draws the distribution, in English then Japanese", async () => {
    const { page, errors } = await openPreview(h, "?sample=none");
    await expectAccessible(page, "standard");

    await page.getByRole("button", { name: "Load standard" }).click();
    await success(page, /The standard is loaded/);
    await expect(page.getByRole("tab", { name: "KPI Rules" }).count()).resolves.toBe(1);

    await page.getByRole("tab", { name: "Roster", exact: true }).first().click();
    await expectAccessible(page, "roster");
    await page.getByRole("button", { name: "Create roster" }).click();
    await success(page, /The Roster sheet is ready/);

    await page.getByRole("tab", { name: "Score", exact: true }).click();
    await page.getByRole("radio", { name: "Values" }).check();
    await page.getByRole("button", { name: "Score roster" }).click();
    await success(page, /Scored 16 rows/);
    expect(await sheetColumn(page, "Roster", "ITSS Level")).toEqual(EXPECTED);
    const perLevel = page.getByRole("table", { name: "People per level" });
    await perLevel.waitFor(); // the lists load with the Score panel, not with the pane
    const counts = await perLevel.locator("tbody tr td:nth-child(2)").allTextContents();
    expect(counts).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7].map((l) => String(EXPECTED.filter((e) => e === String(l)).length)),
    );
    await expectAccessible(page, "score");

    await page.getByRole("tab", { name: "Distribution", exact: true }).click();
    await page.getByRole("button", { name: "Draw distribution" }).click();
    await success(page, /Level distribution of 16 people drawn/);
    await expect(page.locator("figure[data-chart]").count()).resolves.toBe(2);
    await expectAccessible(page, "distribution");

    await page.getByRole("button", { name: "日本語" }).click();
    await page.getByRole("button", { name: "分布を作成" }).waitFor();
    await expect(page.getByRole("tab", { name: "標準" }).count()).resolves.toBe(1);
    await page.getByRole("button", { name: "分布を作成" }).click();
    await success(page, /16人のレベル分布を作成しました/);
    await expect(page.locator("figure[data-chart] figcaption").first().textContent()).resolves.toBe(
      "専門分野別のレベル分布（人数）",
    );
    await expectAccessible(page, "japanese");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a roster file with an invalid row and shows its message; clicking it selects the cell", async () => {
    const { page } = await openPreview(h, "?sample=none");
    await page.getByTestId("open-file").setInputFiles(join(ROOT, "test", "fixtures", "roster-invalid.csv"));
    await page.getByRole("tab", { name: "Roster" }).nth(1).waitFor();
    await page.getByRole("tab", { name: "Score", exact: true }).click();
    await page.getByRole("radio", { name: "Values" }).check();
    await page.getByRole("button", { name: "Score roster" }).click();
    await success(page, /Scored 4 rows/);
    const problems = page.getByRole("table", { name: /rows need attention/ });
    await problems.waitFor(); // the lists load with the Score panel, not with the pane
    await expect(problems.locator("tbody tr").count()).resolves.toBe(2);
    await expect(problems.locator("tbody tr").first().textContent()).resolves.toMatch(
      /"Hardwear" is not a specialty field.*Did you mean Hardware\?/,
    );
    await problems.getByRole("button", { name: "3" }).click();
    await expect(page.locator("td[data-selected]").textContent()).resolves.toBe("Hardwear");
    // Scored as live formulas, the bad row's cells show #VALUE! with the function's message,
    // as Excel shows a custom function's error message in the cell's error indicator.
    await page.getByRole("radio", { name: /^Live formulas/ }).check();
    await page.getByRole("button", { name: "Score roster" }).click();
    await success(page, /Scored 4 rows/);
    const level = (await sheetColumn(page, "Roster", "ITSS Level"))[1] ?? "";
    expect(level).toMatch(/^#VALUE!Column "Specialty Field": "Hardwear" is not a specialty field\./);
    await expect(page.locator("[data-error-message]").first().getAttribute("title")).resolves.toMatch(
      /Did you mean Hardware\?$/,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("downloads the workbook as an xlsx holding the standard and the scored roster", async () => {
    const { page } = await openPreview(h);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download workbook" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("itss-workbook.xlsx");
    // The pane says what only Excel adds: the sample's two distribution charts.
    await success(
      page,
      /saved as itss-workbook\.xlsx.*2 charts are left out of the file: only Excel draws native charts/,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path()) as string) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Levels",
      "KPI Rules",
      "Skill Items",
      "CMBOK",
      "Roster",
      "Level Distribution",
    ]);
    const roster = book.getWorksheet("Roster")!;
    const header = (roster.getRow(1).values as unknown[]).slice(1);
    const levelColumn = header.indexOf("ITSS Level") + 1;
    // Live formulas, with the levels the preview showed cached (cell.result: ExcelJS's value drops a 0).
    const cells = EXPECTED.map((_, i) => roster.getRow(i + 2).getCell(levelColumn));
    expect(cells.map((c) => String(c.result))).toEqual(EXPECTED);
    expect(cells.every((c) => /^IF\(COUNTA\(Roster\[\[#This Row\],/.test(c.formula ?? ""))).toBe(true);
    expect(roster.getCell("E2").dataValidation.type).toBe("list");
    expect(book.getWorksheet("KPI Rules")!.getRow(1).getCell(1).value).toBe("Job Category");
    await page.close();
  });

  it("works by keyboard alone", async () => {
    const { page } = await openPreview(h, "?sample=none");
    // Tab to the section tabs, arrow to Roster, then Tab to its button and press Enter.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(
        () => document.activeElement?.getAttribute("role") === "tab" && document.activeElement.textContent,
      );
      if (focused === "Standard") break;
    }
    await page.keyboard.press("Enter");
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate(() => document.activeElement?.textContent)) === "Load standard") break;
    }
    await page.keyboard.press("Enter");
    await success(page, /The standard is loaded/);
    await page.getByRole("tab", { name: "Standard" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Create roster" }).waitFor();
    await page.keyboard.press("Tab");
    await expect(
      page.evaluate(() => document.activeElement?.closest("[role=tabpanel]") !== null),
    ).resolves.toBe(true);
    await page.close();
  });
});
