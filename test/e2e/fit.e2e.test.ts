/**
 * The pane at the widths Excel opens it (320 and 450 px), in English and Japanese:
 * every section's actions are on screen, nothing is wider than the pane, no hidden
 * element takes a tab stop, axe finds nothing serious. Screenshots go to
 * test-results/screenshots (kept as test artifacts, never committed).
 */
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { Lang } from "../../src/core/catalog/types";
import { say, type TextKey } from "../../src/taskpane/i18n";
import { SECTIONS } from "../../src/taskpane/sections";
import {
  openPreview,
  openRosterFile,
  ROOT,
  SCREENSHOTS,
  seriousViolations,
  startHarness,
  success,
  type Harness,
} from "./harness";

/** The buttons each section offers (all of them: every action must be reachable). */
const ACTIONS: Record<(typeof SECTIONS)[number]["value"], TextKey[]> = {
  standard: ["standardButton"],
  roster: ["rosterButton"],
  score: ["scoreButton"],
  distribution: ["distributionButton"],
  import: ["importChooseFile", "importReadSheet"],
  skills: [
    "createSkills",
    "createCmbok",
    "importSkills",
    "importCmbok",
    "buildSkillsReport",
    "buildCmbokCoverage",
  ],
  rounds: ["compareButton", "closeTitle", "trendsButton"],
  engagements: ["engagementsCreate", "engagementsScore"],
  person: ["personBuild", "personRefresh"],
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function openAt(width: number, lang: Lang, query = ""): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPreview(h, query);
  await opened.page.setViewportSize({ width, height: 900 });
  if (lang === "ja") await opened.page.getByRole("button", { name: "日本語" }).click();
  await opened.page.getByRole("tab", { name: say(lang, "tabStandard"), exact: true }).waitFor();
  return opened;
}

/** Elements of the pane (the main landmark) that reach past the viewport's left or right edge. */
async function tooWide(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll("main *")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < -0.5 || r.right > width + 0.5)
        out.push(
          `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? "").slice(0, 40)}" ${Math.round(r.left)}-${Math.round(r.right)}`,
        );
    }
    // The page itself never scrolls sideways (the preview's sheets scroll inside their own box).
    if (document.documentElement.scrollWidth > width)
      out.push(`page scrolls: ${document.documentElement.scrollWidth} > ${width}`);
    return out;
  });
}

/** Tabs through the whole page; returns the focus stops that are not visible (hidden tab stops). */
async function hiddenTabStops(page: Page): Promise<string[]> {
  await page.locator("body").focus();
  const hidden: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      // Tabster's focus guards pass focus on at once; they are never a stop a person lands on.
      if (el.hasAttribute("data-tabster-dummy")) return { key: "dummy", visible: true, name: "" };
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const visible = r.width > 1 && r.height > 1 && style.visibility !== "hidden" && el.checkVisibility();
      const key = `${el.tagName}#${el.id}.${el.getAttribute("data-testid") ?? ""}:${el.textContent?.slice(0, 30)}:${Math.round(r.top)}`;
      return {
        key,
        visible,
        name: `${el.tagName.toLowerCase()} "${el.getAttribute("aria-label") ?? el.textContent?.slice(0, 40)}"`,
      };
    });
    if (!stop) break;
    if (seen.has(stop.key)) break; // back at the start
    seen.add(stop.key);
    if (!stop.visible) hidden.push(stop.name);
  }
  return hidden;
}

describe.each([320, 450])("the pane %i px wide", (width) => {
  it.each(["en", "ja"] as const)(
    "in %s: every section fits, every action is reachable, axe is clean",
    async (lang) => {
      const { page, errors } = await openAt(width, lang);
      for (const section of SECTIONS) {
        await page
          .getByRole("tab", { name: say(lang, section.label), exact: true })
          .first()
          .click();
        const panel = page.locator(`#panel-${section.value}`);
        for (const key of ACTIONS[section.value]) {
          const button = panel.getByRole("button", { name: say(lang, key), exact: true });
          await button.waitFor();
          await button.scrollIntoViewIfNeeded();
          expect([section.value, key, await button.isVisible()]).toEqual([section.value, key, true]);
        }
        expect([section.value, await tooWide(page)]).toEqual([section.value, []]);
        await page.screenshot({
          path: join(SCREENSHOTS, `fit-${width}-${lang}-${section.value}.png`),
          fullPage: true,
        });
        expect([section.value, await seriousViolations(page)]).toEqual([section.value, []]);
      }
      // The preview's own actions stay reachable too.
      for (const key of ["openFile", "downloadWorkbook"] as const)
        await expect(page.getByRole("button", { name: say(lang, key) }).isVisible()).resolves.toBe(true);
      expect(await hiddenTabStops(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it.each(["en", "ja"] as const)(
    "in %s: the import mapping, the results and the messages wrap",
    async (lang) => {
      const { page, errors } = await openAt(width, lang);
      await page.getByRole("tab", { name: say(lang, "tabImport"), exact: true }).click();
      await page
        .getByTestId("import-file")
        .setInputFiles(join(ROOT, "test", "fixtures", "import", "skills-ja.xlsx"));
      await page.getByRole("list", { name: say(lang, "importMapping") }).waitFor({ timeout: 20_000 });
      await page.getByRole("button", { name: say(lang, "importButton", { n: 4 }) }).scrollIntoViewIfNeeded();
      expect(await tooWide(page)).toEqual([]);
      await page.screenshot({
        path: join(SCREENSHOTS, `fit-${width}-${lang}-import-mapping.png`),
        fullPage: true,
      });
      expect(await seriousViolations(page)).toEqual([]);
      expect(await hiddenTabStops(page)).toEqual([]);

      // An action's outcome (a long message in Japanese too) wraps inside the pane.
      await page.getByRole("tab", { name: say(lang, "tabScore"), exact: true }).click();
      await page.getByRole("button", { name: say(lang, "scoreButton") }).click();
      await success(page, new RegExp(say(lang, "scoredRows", { n: 16 }).replace(/[.]/g, "\\.")));
      expect(await tooWide(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `fit-${width}-${lang}-score.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});

describe("the pane keeps its state and says what went wrong", () => {
  it("a section keeps what it showed when the person switches away and back", async () => {
    const { page } = await openAt(450, "en");
    await page.getByRole("tab", { name: "Score", exact: true }).click();
    await page.getByRole("radio", { name: "Values" }).check();
    await page.getByRole("button", { name: "Score roster" }).click();
    await success(page, /Scored 16 rows/);
    await page.getByRole("tab", { name: "Distribution", exact: true }).click();
    await page.getByRole("tab", { name: "Score", exact: true }).click();
    await expect(page.getByRole("radio", { name: "Values" }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole("table", { name: "People per level" }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it.each(["en", "ja"] as const)(
    "in %s: a file that is not a roster, a damaged file and a failed download each show a message",
    async (lang) => {
      const dir = mkdtempSync(join(tmpdir(), "itss-fit-"));
      const { page, errors } = await openAt(320, lang);
      const alert = page.getByRole("alert");

      writeFileSync(join(dir, "fruit.csv"), "Colour,Weight\nred,3\n");
      await page.getByTestId("open-file").setInputFiles(join(dir, "fruit.csv"));
      // The sample roster has people: the pane asks first; the file is then refused, the roster kept.
      await page
        .getByRole("dialog")
        .getByRole("button", { name: say(lang, "replaceRosterButton") })
        .click();
      await alert.filter({ hasText: say(lang, "attention") }).waitFor();
      await expect(alert.textContent()).resolves.toContain("fruit.csv");
      await expect(alert.textContent()).resolves.toMatch(lang === "en" ? /no roster columns/ : /名簿の列/);

      writeFileSync(join(dir, "broken.xlsx"), "PK not really a workbook");
      await page.getByTestId("open-file").setInputFiles(join(dir, "broken.xlsx"));
      await page
        .getByRole("dialog")
        .getByRole("button", { name: say(lang, "replaceRosterButton") })
        .click();
      await alert.filter({ hasText: "broken.xlsx" }).waitFor();
      expect(await tooWide(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `fit-320-${lang}-open-error.png`), fullPage: true });

      await page.evaluate(() => {
        URL.createObjectURL = () => {
          throw new Error("downloads are blocked");
        };
      });
      await page.getByRole("button", { name: say(lang, "downloadWorkbook") }).click();
      await alert.filter({ hasText: "downloads are blocked" }).waitFor();
      await expect(alert.textContent()).resolves.toContain(say(lang, "error"));
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it("asks before a file replaces the roster; Escape keeps it and returns focus to the button", async () => {
    const { page } = await openAt(320, "en");
    const openButton = page.getByRole("button", { name: "Open a roster file (xlsx or csv)" });
    await openButton.focus();
    await page.getByTestId("open-file").setInputFiles(join(ROOT, "test", "fixtures", "roster-invalid.csv"));
    const dialog = page.getByRole("dialog", { name: "Replace the Roster's rows?" });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/holds 16 rows.*roster-invalid\.csv/);
    await page.keyboard.press("Escape");
    await success(page, /Nothing changed: the Roster is as it was/);
    await expect(openButton.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await openRosterFile(page, join(ROOT, "test", "fixtures", "roster-invalid.csv"));
    await page.close();
  });

  it("Escape in the replace-round dialog keeps History and returns focus to Close the round", async () => {
    const { page } = await openAt(320, "en");
    await openRosterFile(page, join(ROOT, "test", "fixtures", "rounds-self-manager.csv"));
    await page.getByRole("tab", { name: "Rounds", exact: true }).click();
    const close = page.getByRole("button", { name: "Close the round", exact: true });
    await page.getByLabel("Round label").fill("FY2026 H1");
    await page.getByLabel("Date").fill("2026-03-31");
    await close.click();
    await success(page, /Round "FY2026 H1" closed/);
    await close.click();
    await page.getByRole("dialog", { name: 'Replace round "FY2026 H1"?' }).waitFor();
    await page.keyboard.press("Escape");
    await success(page, /Nothing changed: History is as it was/);
    await expect(close.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await page.close();
  });
});
