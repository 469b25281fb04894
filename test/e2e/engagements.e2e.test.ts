/**
 * The Engagements tab in a real browser: create the ledger with its sample rows next to
 * the preview's sample roster, score the roster from it with live formulas, and see the
 * same levels the roster rows give.
 */
import { join } from "node:path";
import { scoreRow } from "../../src/core/engine/score-row";
import { mapHeaders } from "../../src/core/roster/header-map";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../src/core/roster/sample";
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

it("creates the ledger and scores the sample roster from it", async () => {
  const { page, errors } = await openPreview(h);
  await page.getByRole("tab", { name: "Engagements", exact: true }).first().click();
  await page.getByRole("button", { name: "Create Engagements table" }).click();
  await success(page, /The Engagements table is ready/);
  await page.getByRole("button", { name: "Score from engagements" }).click();
  await success(page, /Scored 16 people from 29 engagements/);
  await page
    .getByRole("tablist", { name: /^(Sheet|シート)$/ })
    .getByRole("tab", { name: "Roster", exact: true })
    .click();
  await page.locator('table[data-sheet="Roster"]').waitFor();
  const expected = sampleRosterRows().map((r) =>
    String(scoreRow(r, { headers: mapHeaders(SAMPLE_ROSTER_HEADERS) }).level),
  );
  expect(await sheetColumn(page, "Roster", "ITSS Level")).toEqual(expected);
  await page.screenshot({ path: join(SCREENSHOTS, "engagements.png"), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});
