/**
 * The workbook contract: the same scenarios, through the WorkbookAdapter interface
 * and the pane's actions only, on the in-memory workbook and on the Excel adapter
 * over the host-faithful double as Excel desktop and as Excel on the web. What one
 * adapter does, the others must do too; what a scenario reads back comes through
 * the adapter, never from an adapter's internals.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ExcelWorkbook } from "../../src/adapters/excel/excel-workbook";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { WorkbookWriteError, type WorkbookAdapter } from "../../src/adapters/workbook";
import type { SheetCell, SheetTable, TableData } from "../../src/core/sheets/sheet-table";
import { createRoster, drawDistribution, loadStandard, scoreRoster } from "../../src/app/roster";
import { applyImport, planWorkbookImport } from "../../src/app/import";
import { buildTrends, closeRound, compareSelfManager } from "../../src/app/rounds";
import {
  buildCmbokCoverage,
  buildSkillsReport,
  createCmbokAssessment,
  createSkillsSheet,
} from "../../src/app/skills";
import {
  applyEngagementsImport,
  applySkillsImport,
  assessmentImportDoneMessage,
  planEngagementsImport,
  planSkillsImport,
  sourceFromFile,
} from "../../src/app/skills-import";
import { createEngagements, dayOf, scoreFromEngagements } from "../../src/app/engagements";
import { formatDay, parseDate } from "../../src/core/engagements/dates";
import { buildPersonSummary } from "../../src/app/person";
import { HEADER, hardware, type Person } from "../core/rounds/roster";
import { ExcelDouble, type Profile } from "../helpers/excel-double";

/** A workbook, optionally holding sheets of the user's (plain cells from A1, no tables). */
type Make = (userSheets?: Record<string, SheetCell[][]>) => WorkbookAdapter;

function excel(profile: Profile): Make {
  return (userSheets = {}) => {
    new ExcelDouble(userSheets, profile).install();
    return new ExcelWorkbook();
  };
}

function memory(userSheets: Record<string, SheetCell[][]> = {}): WorkbookAdapter {
  const wb = new MemoryWorkbook();
  for (const [name, cells] of Object.entries(userSheets)) wb.putSheet(name, cells, false);
  return wb;
}

const ADAPTERS: [string, Make][] = [
  ["memory", memory],
  ["Excel desktop", excel("desktop")],
  ["Excel web", excel("web")],
];

const FIXTURES = join(__dirname, "..", "fixtures", "import");
const file = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** Empty is empty: memory reads an empty cell as null, Excel as "". */
const cellOf = (v: SheetCell | undefined): SheetCell => (v === null || v === undefined ? "" : v);
const body = (t: TableData | null): SheetCell[][] => (t?.rows ?? []).map((r) => r.map(cellOf));
const column = (t: TableData | null, header: string): SheetCell[] => {
  const at = (t?.headers ?? []).indexOf(header);
  return body(t).map((r) => r[at] ?? "");
};

const notes = (rows: SheetCell[][]): SheetTable => ({
  sheet: "Notes",
  table: "Notes",
  headers: ["Key", "Value", "Formula-like"],
  rows,
  text: [true, false, true],
});

/** What each adapter gave per scenario: compared across adapters at the end. */
const outcomes = new Map<string, Map<string, unknown>>();
const record = (adapter: string, scenario: string, value: unknown): void => {
  if (!outcomes.has(scenario)) outcomes.set(scenario, new Map());
  outcomes.get(scenario)?.set(adapter, value);
};

describe.each(ADAPTERS)("the workbook contract on %s", (name, make) => {
  it("writes a table, reads it back, and rewrites it in place with fewer rows, clearing emptied cells", async () => {
    const wb = make();
    await wb.writeTables([
      notes([
        ["a", 1, "=SUM(A1)"],
        ["b", 2, "+81 3"],
        ["c", 3, "-x"],
      ]),
    ]);
    expect(body(await wb.readTable("Notes"))).toEqual([
      ["a", 1, "=SUM(A1)"],
      ["b", 2, "+81 3"],
      ["c", 3, "-x"],
    ]);
    await wb.writeTables([notes([["a", null, "@home"]])]);
    expect(body(await wb.readTable("Notes"))).toEqual([["a", "", "@home"]]);
    expect(await wb.listSheets()).toEqual(["Notes"]);
  });

  it("appends several rows to an existing table, then replaces every row without leaving a blank one", async () => {
    const wb = make();
    await wb.writeTables([notes([["a", 1, "x"]])]);
    const spec = notes([]);
    await wb.updateTableRows(spec, {
      remove: [],
      append: [
        ["b", 2, "=1+1"],
        ["c", 3, "y"],
        ["d", 4, "z"],
      ],
      literal: [
        [false, false, true],
        [false, false, false],
        [false, false, false],
      ],
    });
    expect(column(await wb.readTable("Notes"), "Key")).toEqual(["a", "b", "c", "d"]);
    expect(column(await wb.readTable("Notes"), "Formula-like")[1]).toBe("=1+1");
    await wb.updateTableRows(spec, {
      remove: [0, 1, 2, 3],
      append: [
        ["e", 5, ""],
        ["f", 6, ""],
      ],
    });
    expect(body(await wb.readTable("Notes"))).toEqual([
      ["e", 5, ""],
      ["f", 6, ""],
    ]);
  });

  it("writes rows in place: a null cell is left as it is, a literal cell lands as text", async () => {
    const wb = make();
    await wb.writeTables([
      notes([
        ["a", 1, "x"],
        ["b", 2, "y"],
      ]),
    ]);
    const spec = { sheet: "Notes", table: "Notes", headers: ["Key", "Value", "Formula-like"], rows: [] };
    await wb.updateTableRows(spec, {
      remove: [],
      append: [],
      update: [{ index: 1, cells: [null, "=1+1", null], literal: [false, true, false] }],
    });
    expect(body(await wb.readTable("Notes"))).toEqual([
      ["a", 1, "x"],
      ["b", "=1+1", "y"],
    ]);
  });

  it("creates History from the spec when it does not exist, then appends to it", async () => {
    const wb = make();
    const spec: SheetTable = {
      sheet: "Log",
      table: "Log",
      headers: ["When", "What"],
      rows: [],
      text: [true, true],
    };
    await wb.updateTableRows(spec, { remove: [], append: [["2026-1", "first"]] });
    await wb.updateTableRows(spec, {
      remove: [],
      append: [
        ["2026-2", "second"],
        ["2026-3", "third"],
      ],
    });
    expect(column(await wb.readTable("Log"), "When")).toEqual(["2026-1", "2026-2", "2026-3"]);
  });

  it("loads the standard, creates a roster, scores it as values and then as formulas: the same levels", async () => {
    const wb = make();
    await loadStandard(wb, "en", { overwriteEdits: false });
    await createRoster(wb, { lang: "en", sampleRows: true, useCompanyRules: false, edition: "V3" });
    const options = { lang: "en", edition: "V3", useCompanyRules: false, fromSelection: false } as const;
    await scoreRoster(wb, { ...options, mode: "values" });
    const byValues = column(await wb.readTable("Roster"), "ITSS Level");
    expect(byValues.filter((v) => typeof v === "number").length).toBeGreaterThan(5);
    await scoreRoster(wb, { ...options, mode: "formulas" });
    const byFormulas = column(await wb.readTable("Roster"), "ITSS Level");
    // Excel desktop passes a blank cell in a range as 0 (office-js 4702), the web as null:
    // the double passes them so, and the levels must not differ.
    expect(byFormulas).toEqual(byValues);
  });

  it("imports a skill sheet into an existing roster, appended, then replacing it", async () => {
    const wb = make();
    await loadStandard(wb, "en", { overwriteEdits: false });
    await createRoster(wb, { lang: "en", sampleRows: true, useCompanyRules: false, edition: "V3" });
    const before = body(await wb.readTable("Roster")).length;
    const source = await sourceFromFile(file("skills-ja.xlsx"), "skills-ja.xlsx");
    const appended = await planWorkbookImport(wb, source, { mode: "append", lang: "en" });
    await applyImport(wb, source, appended.plan, appended.mapping, "en");
    const afterAppend = await wb.readTable("Roster");
    expect(body(afterAppend)).toHaveLength(before + 4);
    const replaced = await planWorkbookImport(wb, source, { mode: "replace", lang: "en" });
    await applyImport(wb, source, replaced.plan, replaced.mapping, "en");
    const afterReplace = await wb.readTable("Roster");
    expect(body(afterReplace)).toHaveLength(4);
    expect(body(afterReplace)[0]?.[0]).not.toBe("");
    // After a replace the new rows keep the ITSS Level and Gap formulas (Excel: the row
    // that stays and rows.add keep the calculated columns): every row gets a level or an error.
    expect(column(afterReplace, "ITSS Level")).not.toContain("");
    record(name, "import", { afterAppend: body(afterAppend), afterReplace: body(afterReplace) });
  });

  it("replacing every row of a scored roster keeps its level and gap formulas", async () => {
    const wb = make();
    await createRoster(wb, { lang: "en", sampleRows: true, useCompanyRules: false, edition: "V3" });
    const before = await wb.readTable("Roster");
    const evidence = (before?.headers ?? []).indexOf("ITSS Level");
    const kept = (before?.rows ?? []).slice(0, 2);
    await wb.updateTableRows(
      { sheet: "Roster", table: "Roster", headers: [], rows: [] },
      {
        remove: (before?.rows ?? []).map((_, i) => i),
        append: kept.map((r) => [...r.slice(0, evidence), null, null]),
      },
    );
    const after = await wb.readTable("Roster");
    expect(column(after, "ITSS Level")).toEqual(kept.map((r) => r[evidence]));
    expect(column(after, "Gap")).toEqual(kept.map((r) => r[evidence + 1]));
    record(name, "replace keeps formulas", body(after));
  });

  it("takes one selected cell for its sheet's used range, wherever the data starts", async () => {
    const head = ["Employee ID", "Name", "Department", "Job Category", "Specialty Field", "Role", "Projects"];
    const wb = make({
      Team: [
        [],
        ["Staff list 2026"],
        [],
        [null, ...head],
        [null, "E001", "Sato", "Desk", "Customer Service", "Hardware", "Member", 1],
        [null, "E002", "Ito", "Desk", "Customer Service", "Hardware", "Responsible", 2],
      ],
    });
    await wb.select("Team", 4, 3);
    const found = await wb.findRoster(true);
    // The used range starts at the title: as in Excel, the header row is found below it.
    expect(found?.headerRow).toBe(1);
    expect(found?.firstColumn).toBe(0);
    expect(found?.rows.length).toBe(4);
    record(name, "single cell", { headerRow: found?.headerRow, rows: found?.rows.map((r) => r.map(cellOf)) });
  });

  it("takes one selected cell inside a table for that table, and scores it from the selection", async () => {
    const wb = make({ Notes: [["Staff list 2026"]] });
    await createRoster(wb, { lang: "en", sampleRows: true, useCompanyRules: false, edition: "V3" });
    const roster = await wb.readTable("Roster");
    await wb.select(roster?.sheet ?? "Roster", 5, 3);
    const found = await wb.findRoster(true);
    expect(found?.table).toBe("Roster");
    expect(found?.headerRow).toBe(roster?.headerRow);
    expect(body(found)).toEqual(body(roster));
    const options = { lang: "en", edition: "V3", useCompanyRules: false } as const;
    await scoreRoster(wb, { ...options, fromSelection: true, mode: "values" });
    const levels = column(await wb.readTable("Roster"), "ITSS Level");
    expect(levels.filter((v) => typeof v === "number").length).toBe(levels.length);
    record(name, "cell in a table", levels);
  });

  it('refuses the sheet name "History", as Excel reserves it', async () => {
    const wb = make();
    const spec = (sheet: string): SheetTable => ({
      sheet,
      table: "Log",
      headers: ["When"],
      rows: [["now"]],
    });
    await expect(wb.writeTables([spec("History")])).rejects.toBeInstanceOf(WorkbookWriteError);
    await expect(wb.updateTableRows(spec("history"), { remove: [], append: [["x"]] })).rejects.toBeInstanceOf(
      WorkbookWriteError,
    );
    expect((await wb.listSheets()).map((s) => s.toLowerCase())).not.toContain("history");
  });

  it("never writes into a sheet of the user's that carries one of our names", async () => {
    const mine: SheetCell[][] = [["My notes"], ["keep me"]];
    const wb = make({ "KPI Rules": mine, "Level Distribution": mine, "Round History": mine });
    await loadStandard(wb, "en", { overwriteEdits: false });
    await createRoster(wb, { lang: "en", sampleRows: true, useCompanyRules: false, edition: "V3" });
    const options = { lang: "en", edition: "V3", useCompanyRules: false, fromSelection: false } as const;
    await drawDistribution(wb, options);
    await drawDistribution(wb, options);
    await wb.updateTableRows(
      { sheet: "Round History", table: "History", headers: ["Round"], rows: [], text: [true] },
      { remove: [], append: [["2026-1"]] },
    );
    for (const sheet of ["KPI Rules", "Level Distribution", "Round History"])
      expect((await wb.readSheetCells(sheet)).map((r) => r.map(cellOf))).toEqual(mine);
    expect((await wb.readTable("KPI_Rules"))?.sheet).toBe("KPI Rules (2)");
    expect((await wb.readTable("LevelByField"))?.sheet).toBe("Level Distribution (2)");
    expect((await wb.readTable("History"))?.sheet).toBe("Round History (2)");
    record(name, "user sheets", await wb.listSheets());
  });

  it("imports by person into an existing roster: new people added, the same file again changes nothing", async () => {
    const wb = make();
    await loadStandard(wb, "en", { overwriteEdits: false });
    await createRoster(wb, { lang: "en", sampleRows: true, useCompanyRules: false, edition: "V3" });
    const scoring = { lang: "en", edition: "V3", useCompanyRules: false, fromSelection: false } as const;
    await scoreRoster(wb, { ...scoring, mode: "formulas" });
    const before = body(await wb.readTable("Roster"));
    const source = await sourceFromFile(file("skills-ja.xlsx"), "skills-ja.xlsx");
    const first = await planWorkbookImport(wb, source, { mode: "update", lang: "en" });
    expect(first.landing).toMatchObject({ updated: 0, added: 4, unchanged: 0 });
    const added = await applyImport(wb, source, first.plan, first.mapping, "en");
    expect(added.landing).toMatchObject({ updated: 0, added: 4, unchanged: 0 });
    const once = body(await wb.readTable("Roster"));
    expect(once).toHaveLength(before.length + 4);
    // The people already there are untouched; the file's extra column (備考) is added at the right.
    const width = before[0]?.length ?? 0;
    expect(once.slice(0, before.length).map((r) => r.slice(0, width))).toEqual(before);
    expect(once.slice(0, before.length).every((r) => r.slice(width).every((v) => v === ""))).toBe(true);

    const again = await planWorkbookImport(wb, source, { mode: "update", lang: "en" });
    expect(again.landing).toMatchObject({ updated: 0, added: 0, unchanged: 4 });
    await applyImport(wb, source, again.plan, again.mapping, "en");
    expect(body(await wb.readTable("Roster"))).toEqual(once);
    const report = body(await wb.readTable("ImportSummary"));
    expect(report).toContainEqual(["People unchanged", 4]);
    expect(report).toContainEqual(["Rows added", 0]);

    // One person's projects corrected and one new person: one row changes in one cell, one is added.
    const edited = source.rows.map((r) => [...r]);
    const sato = edited.findIndex((r) => r[0] === "0013");
    (edited[sato] as unknown[])[5] = 4;
    (edited[sato] as unknown[])[4] = "=1+1"; // flagged, kept as written: as text, never a formula
    edited.splice(sato + 3, 0, [
      "0016",
      "伊藤 三郎",
      "設備課",
      "ハードウエア",
      "メンバー",
      1,
      2,
      "特定ユーザー",
      1,
    ]);
    const changed = { name: "skills-ja (2).xlsx", rows: edited };
    const third = await planWorkbookImport(wb, changed, { mode: "update", lang: "en" });
    const outcome = await applyImport(wb, changed, third.plan, third.mapping, "en");
    expect(outcome.landing).toMatchObject({ updated: 1, added: 1, unchanged: 3 });
    const roster = await wb.readTable("Roster");
    const after = body(roster);
    expect(after).toHaveLength(once.length + 1);
    const projects = (roster?.headers ?? []).indexOf("Projects");
    const differing = after
      .slice(0, once.length)
      .flatMap((row, r) => row.flatMap((v, c) => (v === once[r]?.[c] ? [] : [[r, c]])));
    const satoRow = once.findIndex((r) => r[0] === "0013");
    // The person's Projects cell, and the level and gap their formulas recompute from it.
    expect(differing.filter(([, c]) => c === projects)).toEqual([[satoRow, projects]]);
    expect(column(roster, "Role")[satoRow]).toBe("=1+1");
    expect(differing.every(([r]) => r === satoRow)).toBe(true);
    expect(column(roster, "Employee ID").filter((id) => id === "0013")).toHaveLength(1);
    record(name, "import by person", after);
  });

  it("creates the Engagements ledger, scores from it, and imports a project history into it", async () => {
    const wb = make();
    await loadStandard(wb, "en", { overwriteEdits: false });
    await createRoster(wb, { lang: "en", sampleRows: true, useCompanyRules: false, edition: "V3" });
    await createEngagements(wb, { lang: "en", sampleRows: true });
    const ledgerScoring = {
      lang: "en",
      edition: "V3",
      useCompanyRules: false,
      asOf: dayOf(2026, 3, 31),
    } as const;
    const first = await scoreFromEngagements(wb, { ...ledgerScoring, mode: "values" });
    expect(first.scored).toBeGreaterThan(5);
    const before = body(await wb.readTable("Engagements")).length;
    const source = await sourceFromFile(file("project-history-ja.csv"), "project-history-ja.csv");
    const planned = await planEngagementsImport(wb, source, { lang: "en" });
    const outcome = await applyEngagementsImport(wb, source, planned.plan, "en");
    expect(outcome).toMatchObject({
      table: "Engagements",
      created: false,
      summary: { imported: 5, flagged: 2 },
    });
    const ledger = await wb.readTable("Engagements");
    expect(body(ledger)).toHaveLength(before + 5);
    // Dates are days whatever the host made of them (Excel: a date serial; memory: its text).
    const day = (v: SheetCell): string => {
      const parsed = parseDate(v, "start");
      return parsed.ok ? formatDay(parsed.day) : cellOf(v) === "" ? "" : `?${String(v)}`;
    };
    const added = body(ledger).slice(before);
    const starts = column(ledger, "Start").slice(before).map(day);
    expect(starts).toEqual(["2023-04-01", "2023-10-01", "2022-04-01", "2022-04-01", "2024-01-01"]);
    const after = await scoreFromEngagements(wb, { ...ledgerScoring, mode: "values" });
    expect(after.engagements).toBe(first.engagements + 5);
    // The same file again: every row is already in the ledger (dates as the host stored
    // them), so no engagement is counted twice and no level rises.
    const again = await applyEngagementsImport(
      wb,
      source,
      (await planEngagementsImport(wb, source, { lang: "en" })).plan,
      "en",
    );
    expect([again.alreadyInTable, again.summary.imported, again.summary.flagged]).toEqual([5, 0, 0]);
    expect(assessmentImportDoneMessage(again).en).toMatch(
      /^Imported 0 of 5 rows .*5 rows were already there/,
    );
    expect(body(await wb.readTable("Engagements"))).toHaveLength(before + 5);
    const report = body(await wb.readTable("ImportSummary"));
    expect(report).toContainEqual([
      expect.stringMatching(/^Rows already in the Engagements table .*source rows 5, 6, 7, 8, 9/),
      5,
    ]);
    expect((await scoreFromEngagements(wb, { ...ledgerScoring, mode: "values" })).perLevel).toEqual(
      after.perLevel,
    );
    await scoreFromEngagements(wb, { ...ledgerScoring, mode: "formulas" });
    record(name, "engagements", {
      before: first.perLevel,
      after: after.perLevel,
      ids: added.map((r) => r[0]),
      starts,
      ends: column(ledger, "End").slice(before).map(day),
    });
  });

  it("imports skills into the Skills table, twice: the second import adds only what is new", async () => {
    const wb = make();
    const outcomes = [];
    for (const name of ["skills-sheet-ja.csv", "skills-sheet-ja.csv"]) {
      const source = await sourceFromFile(file(name), name);
      const planned = await planSkillsImport(wb, source, { lang: "en" });
      outcomes.push(await applySkillsImport(wb, source, planned.plan, "en"));
    }
    const imported = outcomes[0]?.summary.imported ?? 0;
    expect(outcomes.map((o) => o.alreadyInTable)).toEqual([0, imported]);
    const skills = await wb.readTable("Skills");
    expect(body(skills)).toHaveLength(imported);
    // One changed rating is a new assessment: that row alone is added.
    const changed = new TextDecoder()
      .decode(file("skills-sheet-ja.csv"))
      .replace("0101,山田 太郎,保守第一課,ハードウェア,Lv3", "0101,山田 太郎,保守第一課,ハードウェア,Lv4");
    const third = await sourceFromFile(new TextEncoder().encode(changed), "skills-sheet-ja.csv");
    const outcome = await applySkillsImport(
      wb,
      third,
      (await planSkillsImport(wb, third, { lang: "en" })).plan,
      "en",
    );
    expect(outcome.alreadyInTable).toBe(imported - 1);
    expect(body(await wb.readTable("Skills"))).toHaveLength(imported + 1);
    record(name, "skills import", body(skills));
    expect(body(skills).every((r) => r[0] !== "")).toBe(true);
  });

  it("closes a round, then a second round, into History", async () => {
    const wb = make();
    const sato = { "Employee ID": "E001", Name: "Sato", Department: "Support" };
    const ito = { "Employee ID": "0012", Name: "Ito", Department: "Desk" };
    const people: Person[] = [
      { ...sato, "Assessed by": "Self", ...hardware(5) },
      { ...sato, "Assessed by": "Manager", ...hardware(4) },
      { ...ito, "Assessed by": "Manager", ...hardware(3) },
    ];
    const rows = people.map((p) => HEADER.map((h) => String(p[h] ?? "")) as SheetCell[]);
    await wb.writeTables([
      { sheet: "Roster", table: "Roster", headers: [...HEADER], rows, text: HEADER.map(() => true) },
    ]);
    const en = { lang: "en", edition: "V3" } as const;
    await compareSelfManager(wb, en);
    for (const roundLabel of ["2026-1", "2026-2"]) {
      const result = await closeRound(wb, { ...en, roundLabel, date: "2026-09-30", replace: false });
      expect(result.kind).toBe("closed");
    }
    const history = await wb.readTable("History");
    expect(column(history, "Round")).toEqual(["2026-1", "2026-1", "2026-2", "2026-2"]);
    await buildTrends(wb, { lang: "en" });
    record(name, "trends", body(await wb.readTable("Trends_Movement")));
    expect(column(history, "Employee ID")).toEqual(["E001", "0012", "E001", "0012"]);
    expect((await wb.listSheets()).map((s) => s.toLowerCase())).not.toContain("history");
  });

  it("draws the level distribution, twice: the same tables", async () => {
    const wb = make();
    await loadStandard(wb, "en", { overwriteEdits: false });
    await createRoster(wb, { lang: "en", sampleRows: true, useCompanyRules: false, edition: "V3" });
    const options = { lang: "en", edition: "V3", useCompanyRules: false, fromSelection: false } as const;
    const first = await drawDistribution(wb, options);
    const byField = body(await wb.readTable("LevelByField"));
    await drawDistribution(wb, options);
    expect(body(await wb.readTable("LevelByField"))).toEqual(byField);
    expect(first.total).toBeGreaterThan(5);
    record(name, "distribution", { byField, byDepartment: body(await wb.readTable("LevelByDepartment")) });
  });

  it("creates the Skills and CMBOK sheets with sample rows and builds their reports", async () => {
    const wb = make();
    await createSkillsSheet(wb, { lang: "en", sampleRows: true });
    const skills = await buildSkillsReport(wb, { lang: "en" });
    await createCmbokAssessment(wb, { lang: "en", sampleRows: true });
    const coverage = await buildCmbokCoverage(wb, { lang: "en" });
    expect(skills.people).toBeGreaterThan(0);
    record(name, "skills", { skills, coverage, heat: body(await wb.readTable("Skills_HeatMap")) });
  });

  it("builds the person summary from every sheet the workbook has, then rebuilds it for another person", async () => {
    const wb = make();
    await loadStandard(wb, "en", { overwriteEdits: false });
    await createRoster(wb, { lang: "en", sampleRows: true, useCompanyRules: false, edition: "V3" });
    await createSkillsSheet(wb, { lang: "en", sampleRows: true });
    await createCmbokAssessment(wb, { lang: "en", sampleRows: true });
    await createEngagements(wb, { lang: "en", sampleRows: true });
    const en = { lang: "en", edition: "V3" } as const;
    await closeRound(wb, { ...en, roundLabel: "2026-1", date: "2026-09-30", replace: false });
    const options = { ...en, asOf: dayOf(2026, 12, 1), date: "2026-12-01" };
    const first = await buildPersonSummary(wb, { ...options, person: "E002" });
    expect(first).toMatchObject({ employeeId: "E002", sections: { skills: true, rounds: 1 } });
    expect(first.sections.engagements).toBeGreaterThan(0);
    const sheets = await wb.listSheets();
    const heading = (await wb.readSheetCells("Person")).slice(0, 7).map((r) => r.slice(0, 4).map(cellOf));
    expect(heading[1]?.slice(0, 3)).toEqual(["Employee ID", "E002", ""]);
    const kpi = await wb.readTable("Person_KPI");
    expect(kpi?.headers[1]).toMatch(/^Level \d needs$/);
    const sections = {
      heading,
      kpi: body(kpi),
      skills: body(await wb.readTable("Person_Skills")),
      cmbok: body(await wb.readTable("Person_CMBOK")),
      rounds: body(await wb.readTable("Person_Rounds")),
      engagements: body(await wb.readTable("Person_Engagements")),
    };
    expect(sections.skills.length).toBeGreaterThan(2);
    expect(sections.rounds[0]?.slice(0, 2)).toEqual(["2026-1", "2026-09-30"]);
    record(name, "person", sections);

    const second = await buildPersonSummary(wb, { ...options, person: "e-004" });
    expect(second.employeeId).toBe("E004");
    expect(await wb.listSheets()).toEqual(sheets);
    expect((await wb.readSheetCells("Person"))[1]?.slice(0, 3).map(cellOf)).toEqual([
      "Employee ID",
      "E004",
      "",
    ]);
    expect(body(await wb.readTable("Person_Skills"))).not.toEqual(sections.skills);
  });

  it("reads a sheet's used cells from A1 and keeps settings", async () => {
    const wb = make();
    await wb.writeTables([notes([["a", 1, "x"]])]);
    const cells = (await wb.readSheetCells("Notes")).map((r) => r.map(cellOf));
    expect(cells.slice(0, 2)).toEqual([
      ["Key", "Value", "Formula-like"],
      ["a", 1, "x"],
    ]);
    await wb.writeSetting("mapping", "{}");
    expect(await wb.readSetting("mapping")).toBe("{}");
  });
});

describe("every adapter gives the same answers", () => {
  it.each([
    "import",
    "import by person",
    "engagements",
    "replace keeps formulas",
    "single cell",
    "cell in a table",
    "user sheets",
    "skills import",
    "distribution",
    "skills",
    "trends",
    "person",
  ])("%s", (scenario) => {
    const byAdapter = outcomes.get(scenario);
    expect([...(byAdapter?.keys() ?? [])]).toEqual(ADAPTERS.map(([n]) => n));
    const memory = byAdapter?.get("memory");
    for (const [adapter, value] of byAdapter ?? []) expect([adapter, value]).toEqual([adapter, memory]);
  });
});
