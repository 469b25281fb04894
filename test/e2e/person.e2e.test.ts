/**
 * The person summary and the readable charts in a real browser: build one person's
 * sheet from the pane, choose another in the sheet's own drop-down, see the sheet say
 * it is not theirs yet, refresh it; and the charts' value axes and category labels,
 * in English and Japanese, at the task pane's narrowest width.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { openPreview, SCREENSHOTS, seriousViolations, startHarness, success, type Harness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const sheetTab = (page: Page, name: string) =>
  page.getByRole("tablist", { name: /^(Sheet|シート)$/ }).getByRole("tab", { name, exact: true });

/** Pairs of category labels of one chart whose boxes overlap (none may). */
async function overlappingLabels(page: Page, chart: string): Promise<string[]> {
  return page.evaluate((name) => {
    const texts = [
      ...document.querySelectorAll(`figure[data-chart="${name}"] [data-axis="category"] text`),
    ].map((t) => ({ label: t.textContent ?? "", box: t.getBoundingClientRect() }));
    const out: string[] = [];
    texts.forEach((a, i) =>
      texts.slice(i + 1).forEach((b) => {
        const apart =
          a.box.right <= b.box.left + 0.5 ||
          b.box.right <= a.box.left + 0.5 ||
          a.box.bottom <= b.box.top + 0.5 ||
          b.box.bottom <= a.box.top + 0.5;
        if (!apart) out.push(`${a.label} / ${b.label}`);
      }),
    );
    return out;
  }, chart);
}

it("builds the Person sheet, follows the sheet's drop-down after a refresh, and prints on one page", async () => {
  const { page, errors } = await openPreview(h);
  await page.getByRole("tab", { name: "Skills", exact: true }).first().click();
  await page.getByRole("checkbox", { name: "Include sample rows" }).check();
  await page.getByRole("button", { name: "Create Skills sheet" }).click();
  await success(page, /The Skills sheet is ready/);

  await page.getByRole("tab", { name: "Person", exact: true }).first().click();
  const choose = page.getByRole("combobox", { name: "Person", exact: true });
  await choose.focus();
  await page.locator('select option[value="E002"]').first().waitFor({ state: "attached" });
  await choose.selectOption("E002");
  await page.getByRole("button", { name: "Build summary" }).click();
  await success(page, /Person summary of Suzuki Yui \(E002\) built/);

  const sheet = page.locator('table[data-sheet="Person"]');
  await sheet.waitFor();
  await expect(sheet.getByText("KPI criteria for Level 5", { exact: true }).count()).resolves.toBe(1);
  await expect(sheet.getByText("Projects 2 of 3 needed for level 5", { exact: true }).count()).resolves.toBe(
    1,
  );
  await expect(page.locator('figure[data-chart="ITSS_PersonRadar"] polygon').count()).resolves.toBe(2);
  const picker = sheet.getByRole("combobox", { name: "Employee ID" });
  await expect(picker.inputValue()).resolves.toBe("E002");
  await page.screenshot({ path: join(SCREENSHOTS, "person-en.png"), fullPage: true });

  // Another person chosen in the sheet: the sheet says so until refreshed.
  await picker.selectOption("E005");
  await expect(sheet.getByText(/Not this person's summary yet/).count()).resolves.toBe(1);
  await page.getByRole("button", { name: "Refresh from the sheet" }).click();
  await success(page, /\(E005\) built/);
  await expect(sheet.getByRole("combobox", { name: "Employee ID" }).inputValue()).resolves.toBe("E005");
  await expect(sheet.getByText(/Not this person's summary yet/).count()).resolves.toBe(0);
  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

it("draws charts with a value scale and labels that never overlap, stacked for seven fields (Japanese, 320 px)", async () => {
  const { page, errors } = await openPreview(h);
  await page.getByRole("button", { name: "日本語" }).click();
  await sheetTab(page, "Level Distribution").click();
  const byField = page.locator('figure[data-chart="ITSS_LevelByField"]');
  await expect(byField.getAttribute("data-kind")).resolves.toBe("columnStacked");
  const ticks = await byField.locator('[data-axis="value"] text[data-tick]').allTextContents();
  expect(ticks[0]).toBe("0");
  expect(ticks.length).toBeGreaterThanOrEqual(3);
  for (const chart of ["ITSS_LevelByField", "ITSS_LevelByDepartment"])
    expect(await overlappingLabels(page, chart)).toEqual([]);

  await page.getByRole("tab", { name: "スキル", exact: true }).first().click();
  await page.getByRole("checkbox", { name: "サンプル行を含める" }).first().check();
  await page.getByRole("button", { name: "CMBOK評価シートを作成" }).click();
  await success(page, /CMBOK評価シートを作成しました/);
  await page.getByRole("button", { name: "CMBOKカバー率を作成" }).click();
  await page.locator('figure[data-chart="ITSS_CmbokTeamCoverage"]').waitFor();
  expect(await overlappingLabels(page, "ITSS_CmbokTeamCoverage")).toEqual([]);
  await expect(
    page
      .locator('figure[data-chart="ITSS_CmbokTeamCoverage"] [data-axis="category"]')
      .getAttribute("data-angle"),
  ).resolves.not.toBe("0");

  // The Person tab at the task pane's widths, in both languages: nothing wider than the pane.
  for (const [lang, tab, button] of [
    ["日本語", "個人サマリー", "サマリーを作成"],
    ["English", "Person", "Build summary"],
  ] as const) {
    await page.getByRole("button", { name: lang }).click();
    await page.getByRole("tab", { name: tab, exact: true }).first().click();
    for (const width of [320, 450]) {
      await page.setViewportSize({ width, height: 800 });
      await page.getByRole("button", { name: button }).waitFor();
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll("main *")]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
          .map((e) => e.tagName + (e.textContent ?? "").slice(0, 30)),
      );
      expect([lang, width, wide]).toEqual([lang, width, []]);
      await page.screenshot({
        path: join(SCREENSHOTS, `person-${width}-${lang === "English" ? "en" : "ja"}.png`),
      });
    }
    expect(await seriousViolations(page)).toEqual([]);
  }
  expect(errors).toEqual([]);
});
