/** The Import tab in a real browser: pick a skill sheet, check the mapping and problems, import. */
import { join } from "node:path";
import {
  openPreview,
  ROOT,
  SCREENSHOTS,
  seriousViolations,
  sheetColumn,
  startHarness,
  type Harness,
} from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

it("imports a Japanese skill sheet into the Roster, reads its spelling variants, and writes the Import Report", async () => {
  const { page, errors } = await openPreview(h);
  await page.getByRole("tab", { name: "Import", exact: true }).click();
  await page
    .getByTestId("import-file")
    .setInputFiles(join(ROOT, "test", "fixtures", "import", "skills-ja.xlsx"));
  await page.getByText("skills-ja.xlsx: 4 rows read, 0 with problems").waitFor({ timeout: 20_000 });
  await page.getByRole("list", { name: "Column mapping" }).waitFor();
  await expect(page.getByRole("combobox", { name: "Imports into: 専門分野" }).textContent()).resolves.toBe(
    "Specialty Field",
  );
  // ハードウエア, a common spelling, reads as the field ハードウェア (no longer a problem).
  await expect(
    page.getByRole("region", { name: "First rows as they will land" }).textContent(),
  ).resolves.toMatch(/Specialty Field: ハードウェア/);
  await page.screenshot({ path: join(SCREENSHOTS, "import.png"), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Import 4 rows" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: /Imported 4 of 4 rows into Roster/ })
    .waitFor();
  await page.getByRole("tab", { name: "Roster" }).nth(1).click();
  const ids = await sheetColumn(page, "Roster", "Employee ID");
  expect(ids.slice(-4)).toEqual(["0012", "0013", "0014", "0015"]);
  await page.getByRole("tab", { name: "Import Report" }).click();
  await expect(page.locator('table[data-sheet="Import Report"]').textContent()).resolves.toMatch(
    /Rows flagged/,
  );
  expect(errors).toEqual([]);
  await page.close();
});
