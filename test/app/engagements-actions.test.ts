/**
 * The pane's Engagements actions on the in-memory workbook (the preview): the table with
 * its checks, and "Score from engagements" as values and as live formulas that the
 * preview evaluates as Excel would (FILTER of the person's rows).
 */
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { createEngagements, ENGAGEMENT_TEXT, scoreFromEngagements } from "../../src/app/engagements";
import { ActionProblem, createRoster, loadStandard } from "../../src/app/roster";
import { scoreRow } from "../../src/core/engine/score-row";
import { mapHeaders } from "../../src/core/roster/header-map";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../src/core/roster/sample";
import { day } from "../helpers/engagements";

const EXPECTED = sampleRosterRows().map(
  (r) => scoreRow(r, { headers: mapHeaders(SAMPLE_ROSTER_HEADERS) }).level,
);

async function workbook(lang: "en" | "ja" = "en"): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await loadStandard(wb, lang, { overwriteEdits: false });
  await createRoster(wb, { lang, sampleRows: true, useCompanyRules: false, edition: "V3" });
  await createEngagements(wb, { lang, sampleRows: true });
  return wb;
}

const options = { edition: "V3" as const, useCompanyRules: false, asOf: day("2026-12-03") };

describe.each(["en", "ja"] as const)("Engagements (%s headers)", (lang) => {
  it("creates the table with drop-downs, date and number checks", async () => {
    const wb = await workbook(lang);
    const table = wb.table("Engagements")!;
    const data = (await wb.readTable("Engagements"))!;
    expect(data.headers.slice(0, 5)).toEqual(
      lang === "en"
        ? ["Employee ID", "Engagement", "Specialty Field", "Start", "End"]
        : ["社員番号", "案件", "専門分野", "開始", "終了"],
    );
    expect(data.rows.length).toBeGreaterThan(20);
    expect(table.validation?.[5]).toEqual({
      kind: "list",
      values: lang === "en" ? ["Member", "Leader", "Responsible"] : ["メンバー", "リーダー", "責任者"],
    });
    expect(table.validation?.[3]).toEqual({ kind: "custom", formula: "=ISNUMBER(D2)" });
    expect(table.validation?.[4]).toEqual({ kind: "custom", formula: '=OR(E2="",AND(ISNUMBER(E2),E2>=D2))' });
    expect(table.validation?.[7]).toEqual({ kind: "whole", min: 0, max: 7 });
  });

  it("scores the roster from the ledger as values: the sample's levels", async () => {
    const wb = await workbook(lang);
    const result = await scoreFromEngagements(wb, { ...options, lang, mode: "values" });
    expect(result.ledgerProblems).toEqual([]);
    const roster = (await wb.readTable("Roster"))!;
    expect(roster.rows.map((r) => r.at(-2))).toEqual(EXPECTED);
    const e006 = roster.rows[5]!.at(-1);
    expect(String(e006)).toMatch(
      lang === "en" ? /^No engagements in the ledger/ : /^案件台帳に案件がありません/,
    );
  });

  it("writes live formulas with the ledger argument, which the preview evaluates", async () => {
    const wb = await workbook(lang);
    await scoreFromEngagements(wb, { ...options, lang, mode: "formulas" });
    const roster = (await wb.readTable("Roster"))!;
    expect(roster.rows.map((r) => r.at(-2))).toEqual(EXPECTED);
    const levelAt = roster.headers.length - 2;
    const formula = wb.sheet("Roster")!.cells[1]![levelAt]!.formula;
    const id = lang === "en" ? "Employee ID" : "社員番号";
    expect(formula).toContain(
      `FILTER(Engagements,Engagements[${id}]=Roster[@[${id}]],""),Engagements[#Headers],TODAY())`,
    );
    // an edit in the ledger rescores the person: E001's only engagement fails
    const ledger = wb.sheet("Engagements")!;
    ledger.cells[1]![6] = { value: lang === "en" ? "no" : "いいえ", text: true };
    expect((await wb.readTable("Roster"))!.rows[0]!.at(-2)).toBe(0);
  });
});

it("passes only the KPI Rules table's rule columns when the company's rules are used", async () => {
  const wb = await workbook("en");
  await scoreFromEngagements(wb, { ...options, useCompanyRules: true, lang: "en", mode: "formulas" });
  const roster = (await wb.readTable("Roster"))!;
  const formula = wb.sheet("Roster")!.cells[1]![roster.headers.length - 2]!.formula;
  expect(formula).toMatch(/,KPI_Rules\[\[#All\],\[Job Category\]:\[[^\]]+\]\],,FILTER\(/);
  expect(roster.rows.map((r) => r.at(-2))).toEqual(EXPECTED);
});

it("asks for an Engagements table first", async () => {
  const wb = new MemoryWorkbook();
  await createRoster(wb, { lang: "en", sampleRows: true, useCompanyRules: false, edition: "V3" });
  await expect(scoreFromEngagements(wb, { ...options, lang: "en", mode: "values" })).rejects.toEqual(
    new ActionProblem(ENGAGEMENT_TEXT.noLedger),
  );
});
