/**
 * The Skills tab in a real browser, used as an HR manager would: create the
 * Skills sheet with its samples, build the report, and see the heat map coloured
 * and the radar chart drawn in the preview; then the same for CMBOK coverage.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { COLOR_SCALE } from "../../src/core/sheets/report";
import {
  openPreview,
  SCREENSHOTS,
  seriousViolations,
  sheetColumn,
  startHarness,
  success,
  type Harness,
} from "./harness";

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

/** Background colours of the cells the preview paints under a colour scale. */
async function heatCells(page: Page, sheet: string): Promise<{ text: string; color: string }[]> {
  return page.evaluate((name) => {
    const cells = [...document.querySelectorAll(`table[data-sheet="${name}"] td`)] as HTMLElement[];
    return cells
      .filter((td) => td.style.backgroundColor !== "")
      .map((td) => ({ text: td.textContent ?? "", color: td.style.backgroundColor }));
  }, sheet);
}

const rgb = (hex: string): string =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(", ")})`;

describe("the Skills tab in a plain browser", () => {
  it("creates the Skills sheet, builds the report, and shows a coloured heat map and a radar chart", async () => {
    const { page, errors } = await openPreview(h, "?sample=none");
    // A roster first, so the report can set KPI levels beside skill levels.
    await page.getByRole("tab", { name: "Roster", exact: true }).first().click();
    await page.getByRole("button", { name: "Create roster" }).click();
    await success(page, /The Roster sheet is ready/);

    await page.getByRole("tab", { name: "Skills", exact: true }).first().click();
    await expectAccessible(page, "skills");
    await page.getByRole("checkbox", { name: "Include sample rows" }).check();
    await page.getByRole("button", { name: "Create Skills sheet" }).click();
    await success(page, /The Skills sheet is ready/);
    expect(await sheetColumn(page, "Skills", "Employee ID")).toEqual([
      "E001",
      "E002",
      "E003",
      "E004",
      "E005",
      "E006",
      "E007",
      "E008",
    ]);

    await page.getByRole("button", { name: "Build skills report" }).click();
    await success(page, /Skills report of 8 people built/);
    await page.locator('table[data-sheet="Skills Report"]').waitFor();
    const heat = await heatCells(page, "Skills Report");
    // Eight people rate seven items each; E005 left Technology blank.
    expect(heat).toHaveLength(8 * 7 - 1);
    expect(heat.every((c) => /^[1-7]$/.test(c.text))).toBe(true);
    // E004's Project Management is 1, the bottom of the scale; E007's 6s are near the top.
    expect(heat.filter((c) => c.text === "1").map((c) => c.color)).toEqual([rgb(COLOR_SCALE.low)]);
    expect(new Set(heat.map((c) => c.color)).size).toBeGreaterThan(3);

    const radar = page.locator('figure[data-chart="ITSS_SkillsRadar"]');
    await expect(radar.locator("figcaption").textContent()).resolves.toBe(
      "Sato Haruto: skill ratings against the target",
    );
    await expect(radar.locator("polygon").count()).resolves.toBe(2);
    await expect(page.locator('figure[data-chart="ITSS_SkillsTeam"]').count()).resolves.toBe(1);

    const counts = await page
      .getByRole("table", { name: "People per skill level" })
      .locator("tbody tr td:nth-child(2)")
      .allTextContents();
    expect(counts).toEqual(["1", "1", "0", "4", "0", "1", "1", "0"]);
    const flagged = page.getByRole("table", { name: "KPI level and skill level 2 or more apart" });
    await expect(flagged.locator("tbody tr td:first-child").allTextContents()).resolves.toEqual([
      "Watanabe Sota",
      "Nakamura Aoi",
    ]);
    await expectAccessible(page, "skills-report");

    // Another person's radar, chosen in the list.
    await page.getByRole("combobox", { name: "Person for the radar chart" }).selectOption({
      label: "E005 Watanabe Sota",
    });
    await page.getByRole("button", { name: "Build skills report" }).click();
    await expect(radar.locator("figcaption").textContent()).resolves.toBe(
      "Watanabe Sota: skill ratings against the target",
    );
    await expect(page.locator("figure[data-chart]").count()).resolves.toBe(2);

    await page.getByRole("button", { name: "日本語" }).click();
    await page.getByRole("button", { name: "スキルレポートを作成" }).click();
    await success(page, /8人のスキルレポートを作成しました/);
    await expect(radar.locator("figcaption").textContent()).resolves.toBe(
      "Watanabe Sota：スキル評価と目標レベル",
    );
    await expectAccessible(page, "skills-japanese");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("creates the CMBOK Assessment sheet and shows each person's coverage as a heat map with the team's chart", async () => {
    const { page, errors } = await openPreview(h, "?sample=none");
    await page.getByRole("tab", { name: "Skills", exact: true }).first().click();
    await page.getByRole("button", { name: "Create CMBOK Assessment" }).click();
    await success(page, /The CMBOK Assessment sheet is ready/);
    await page.getByRole("button", { name: "Build CMBOK coverage" }).click();
    await success(page, /CMBOK coverage of 5 people built/);
    await page.locator('table[data-sheet="CMBOK Coverage"]').waitFor();
    // Five people by seven domains.
    await expect(heatCells(page, "CMBOK Coverage")).resolves.toHaveLength(5 * 7);
    await expect(page.locator('figure[data-chart="ITSS_CmbokTeamCoverage"]').count()).resolves.toBe(1);
    await expect(
      page.getByRole("table", { name: "Team coverage per CMBOK domain" }).locator("tbody tr").count(),
    ).resolves.toBe(7);
    await expectAccessible(page, "cmbok-coverage");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("works by keyboard alone: arrow to the Skills tab, Tab to its first button and press Enter", async () => {
    const { page } = await openPreview(h, "?sample=none");
    // A Fluent tab that is not selected repeats its label in a hidden span, so compare elements, not text.
    const skillsTab = page.getByRole("tab", { name: "Skills", exact: true }).first();
    const onSkills = () => skillsTab.evaluate((tab) => tab === document.activeElement);
    await page.getByRole("tab", { name: "Standard" }).focus();
    for (let i = 0; i < 12 && !(await onSkills()); i++) await page.keyboard.press("ArrowRight");
    await expect(onSkills()).resolves.toBe(true);
    await page.keyboard.press("Enter");
    // The tab's panel loads on first use.
    await page.getByRole("button", { name: "Create Skills sheet" }).waitFor();
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate(() => document.activeElement?.textContent)) === "Create Skills sheet") break;
    }
    await page.keyboard.press("Enter");
    await success(page, /The Skills sheet is ready/);
    await page.close();
  });
});
