/**
 * The Import tab in a real browser: pick a roster file, check the mapping, import by
 * person (the same file twice changes nothing), route a CMBOK sheet to its own import,
 * and pick the encoding of a CSV whose bytes do not settle it.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
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

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const fixture = (name: string) => join(ROOT, "test", "fixtures", "import", name);

async function openImport(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Import", exact: true }).click();
  await page.getByRole("heading", { name: "Import a roster" }).waitFor();
}

/** No element of the pane is wider than the pane: nothing needs horizontal scrolling. */
async function widest(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(
      ...[...document.querySelectorAll("main *, [role=tabpanel] *")].map(
        (e) => e.getBoundingClientRect().right,
      ),
    ),
  );
}

it("imports a Japanese roster by person: new people added, the same file again changes nothing", async () => {
  const { page, errors } = await openPreview(h);
  await openImport(page);
  await page.getByTestId("import-file").setInputFiles(fixture("skills-ja.xlsx"));
  // ハードウエア is read as ハードウェア: no row has a problem.
  await page.getByText("skills-ja.xlsx: 4 rows read, 0 with problems").waitFor({ timeout: 20_000 });
  await page.getByRole("list", { name: "Column mapping" }).waitFor();
  await expect(page.getByRole("combobox", { name: "Imports into: 専門分野" }).textContent()).resolves.toBe(
    "Specialty Field",
  );
  await expect(
    page.getByRole("radio", { name: "Update the people already in the Roster, add new ones" }).isChecked(),
  ).resolves.toBe(true);
  await expect(
    page.getByRole("region", { name: "First rows as they will land" }).textContent(),
  ).resolves.toMatch(/Specialty Field: ハードウェア/);
  await page.getByText("Into the Roster: 0 to update, 4 to add, 0 unchanged, 0 flagged.").waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, "import.png"), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Import 4 rows" }).click();
  await success(page, /Imported 4 of 4 rows into Roster/);
  await page.getByRole("tab", { name: "Roster" }).nth(1).click();
  const ids = await sheetColumn(page, "Roster", "Employee ID");
  expect(ids.slice(-4)).toEqual(["0012", "0013", "0014", "0015"]);

  // The same file again: everyone is there already, nothing changes.
  await page.getByTestId("import-file").setInputFiles(fixture("skills-ja.xlsx"));
  await page.getByText("Into the Roster: 0 to update, 0 to add, 4 unchanged, 0 flagged.").waitFor();
  await page.getByRole("button", { name: "Import 4 rows" }).click();
  await success(page, /0 updated, 0 added, 4 unchanged/);
  await page.getByRole("tab", { name: "Roster" }).nth(1).click();
  expect(await sheetColumn(page, "Roster", "Employee ID")).toEqual(ids);
  await page.getByRole("tab", { name: "Import Report" }).click();
  await expect(page.locator('table[data-sheet="Import Report"]').textContent()).resolves.toMatch(
    /People unchanged\s*4/,
  );
  expect(errors).toEqual([]);
  await page.close();
});

it("offers a CMBOK sheet to the CMBOK import, which reads it, at a task pane's width", async () => {
  const { page, errors } = await openPreview(h);
  await openImport(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.getByTestId("import-file").setInputFiles(fixture("cmbok-2.0-sheet.csv"));
  const offer = page.getByTestId("import-offer");
  await offer.getByText(/looks like a CMBOK assessment/).waitFor({ timeout: 20_000 });
  expect(await widest(page)).toBeLessThanOrEqual(320);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, "import-offer-320.png"), fullPage: true });
  await offer.getByRole("button", { name: "Import as CMBOK ratings" }).click();
  await success(page, /into CMBOK Assessment/);
  await expect(offer.count()).resolves.toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

it("asks for the encoding of a CSV its bytes do not settle, in Japanese, and reads it with the one picked", async () => {
  const { page, errors } = await openPreview(h);
  await page.getByRole("button", { name: "日本語" }).click();
  await page.getByRole("tab", { name: "取り込み", exact: true }).click();
  await page.setViewportSize({ width: 450, height: 800 });
  const text = "社員番号,氏名,専門分野,役割\r\nE1,佐藤 陽翔,ハードウェア,メンバー\r\n";
  await page.getByTestId("import-file").setInputFiles({
    name: "unicode.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(text, "utf16le"),
  });
  const picker = page.getByRole("radiogroup", { name: /ファイルの文字コード/ });
  await picker.waitFor({ timeout: 20_000 });
  expect(await widest(page)).toBeLessThanOrEqual(450);
  await picker.getByRole("radio", { name: /UTF-16/ }).check();
  await page.getByRole("button", { name: "この文字コードで読む" }).click();
  await page.getByText("unicode.csv：1行を読み込み、0行に問題").waitFor({ timeout: 20_000 });
  await expect(picker.count()).resolves.toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});
