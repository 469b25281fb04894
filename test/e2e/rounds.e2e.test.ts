/**
 * Assessment rounds in a real browser, as an HR manager runs them: open a roster
 * with self and manager rows, compare, close two rounds (closing one again asks
 * first), and draw the trends; then check what the preview's sheets show.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import {
  openPreview,
  openRosterFile,
  ROOT,
  SCREENSHOTS,
  seriousViolations,
  sheetColumn,
  startHarness,
  success,
  type Harness,
} from "./harness";

const FIXTURE = join(ROOT, "test", "fixtures", "rounds-self-manager.csv");

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

/** Shows a sheet of the preview's workbook, as clicking its tab in Excel does. */
async function showSheet(page: Page, sheet: string): Promise<void> {
  await page
    .getByRole("tablist", { name: /^(Sheet|シート)$/ })
    .getByRole("tab", { name: sheet, exact: true })
    .click();
  await page.locator(`table[data-sheet="${sheet}"]`).waitFor();
}

/** Waits until a sheet column shows the given cells (opening a file is asynchronous). */
async function untilColumn(page: Page, sheet: string, header: string, cells: string[]): Promise<void> {
  const wanted = JSON.stringify(cells);
  for (let waited = 0; waited < 20_000; waited += 100) {
    if (JSON.stringify(await sheetColumn(page, sheet, header)) === wanted) return;
    await page.waitForTimeout(100);
  }
  expect(await sheetColumn(page, sheet, header)).toEqual(cells);
}

async function closeRound(page: Page, label: string, date: string): Promise<void> {
  await page.getByRole("textbox", { name: "Round label" }).fill(label);
  await page.getByLabel("Date").fill(date);
  await page.getByRole("button", { name: "Close the round" }).click();
}

describe("assessment rounds in the preview", () => {
  it("compares self and manager, closes rounds into History, and draws the trends", async () => {
    const { page, errors } = await openPreview(h);
    await openRosterFile(page, FIXTURE);
    await untilColumn(page, "Roster", "Assessed by", ["Self", "Manager", "Self", "Manager", "本人", "上長"]);

    await page.getByRole("tab", { name: "Rounds", exact: true }).click();
    await page.getByRole("button", { name: "Compare self and manager" }).click();
    await success(page, /2 people have different self and manager levels; 1 agree/);
    const differing = page.getByRole("table", { name: "People whose levels differ" });
    await expect(differing.locator("tbody tr").count()).resolves.toBe(2);
    await expect(differing.locator("tbody tr").first().textContent()).resolves.toMatch(
      /Sato Haruto \(E001\)54Succession: self 3, manager 1/,
    );
    await expect(differing.locator("tbody tr").nth(1).textContent()).resolves.toMatch(
      /Tanaka Ren \(0012\)43Role: self Responsible, manager Member/,
    );
    await showSheet(page, "Self vs Manager");
    expect(await sheetColumn(page, "Self vs Manager", "Employee ID")).toEqual(["E001", "0012"]);
    expect(await sheetColumn(page, "Self vs Manager", "Manager level")).toEqual(["4", "3"]);
    await expectAccessible(page, "rounds-compare");

    await closeRound(page, "FY2026 H1", "2026-03-31");
    await success(page, /Round "FY2026 H1" closed: 3 people recorded in History/);
    await closeRound(page, "FY2026 H2", "2026-09-30");
    await success(page, /Round "FY2026 H2" closed: 3 people recorded in History/);

    // Closing a round again asks first; the dialog is answered by keyboard.
    await closeRound(page, "FY2026 H2", "2026-09-30");
    const dialog = page.getByRole("dialog", { name: 'Replace round "FY2026 H2"?' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/already closed \(3 rows in History\)/);
    for (let i = 0; i < 5; i++) {
      if ((await page.evaluate(() => document.activeElement?.textContent)) === "Replace the round") break;
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Enter");
    await success(page, /Round "FY2026 H2" replaced: 3 people recorded, 3 earlier rows of the round removed/);

    await showSheet(page, "Round History");
    expect(await sheetColumn(page, "Round History", "Round")).toEqual([
      "FY2026 H1",
      "FY2026 H1",
      "FY2026 H1",
      "FY2026 H2",
      "FY2026 H2",
      "FY2026 H2",
    ]);
    expect(await sheetColumn(page, "Round History", "Employee ID")).toEqual([
      "E001",
      "E002",
      "0012",
      "E001",
      "E002",
      "0012",
    ]);
    expect(await sheetColumn(page, "Round History", "Assessed level")).toEqual([
      "4",
      "4",
      "3",
      "4",
      "4",
      "3",
    ]);

    await expect(page.getByRole("combobox", { name: "From round" }).textContent()).resolves.toBe("FY2026 H1");
    await expect(page.getByRole("combobox", { name: "To round" }).textContent()).resolves.toBe("FY2026 H2");
    await page.getByRole("button", { name: "Draw trends" }).click();
    await success(page, /Trends of 2 rounds drawn/);
    await expect(page.locator("figure[data-chart]").count()).resolves.toBe(2);
    await expect(page.locator("figure[data-chart] figcaption").first().textContent()).resolves.toBe(
      "People per level by round",
    );
    // The sheet stacks its tables; the first is the overall distribution, one row per round.
    expect((await sheetColumn(page, "Trends", "Round")).slice(0, 3)).toEqual(["FY2026 H1", "FY2026 H2", ""]);
    const movement = page.getByRole("table", { name: "Movement from FY2026 H1 to FY2026 H2" });
    await expect(movement.locator("tr[data-movement=same]").textContent()).resolves.toBe(
      "Same3Sato Haruto, Suzuki Yui, Tanaka Ren",
    );
    await expectAccessible(page, "rounds-trends");

    await page.getByRole("button", { name: "日本語" }).click();
    await expect(page.getByRole("tab", { name: "評価ラウンド" }).count()).resolves.toBe(1);
    await page.getByRole("button", { name: "推移を作成" }).click();
    await success(page, /2回分の推移を作成しました/);
    await expect(page.locator("figure[data-chart] figcaption").first().textContent()).resolves.toBe(
      "評価回別のレベル分布（人数）",
    );
    await expectAccessible(page, "rounds-japanese");
    expect(errors).toEqual([]);
    await page.close();
  });
});
