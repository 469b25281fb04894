/**
 * The person summary's layout: the criteria of the next level as the engine checked
 * them, the sections when the workbook lacks a sheet, the drop-down and the page.
 */
import { scoreRow } from "../../../src/core/engine/score-row";
import { criteriaView } from "../../../src/core/person/kpi-criteria";
import {
  PERSON_TABLES,
  personSummary,
  staleCheckFormula,
  type PersonSummaryInput,
} from "../../../src/core/person/person-summary";
import { reportLayout } from "../../../src/core/sheets/report";
import { cells, HEADERS } from "../../helpers/roster";

const level4 = cells({
  "Employee ID": "E002",
  Name: "Suzuki Yui",
  "Specialty Field": "Hardware",
  Role: "Responsible",
  Projects: 2,
  Complexity: 3,
  Scope: "Industry or wide area",
  Themes: 1,
  Succession: 1,
  Mentoring: "yes",
});

function input(over: Partial<PersonSummaryInput> = {}): PersonSummaryInput {
  const score = scoreRow(level4, { headers: HEADERS });
  return {
    lang: "en",
    choices: ["E001", "E002"],
    person: {
      employeeId: "E002",
      name: "Suzuki Yui",
      department: "Field Service",
      score,
      assessedBy: "manager",
    },
    skills: null,
    hasSkillsTable: false,
    cmbok: null,
    hasCmbokTable: false,
    rounds: [],
    hasHistory: false,
    engagements: null,
    date: "2026-12-01",
    ...over,
  };
}

describe("the KPI criteria of the next level", () => {
  it("lists each criterion of level 5 with what it needs, what the row has, and the gap sentence when unmet", () => {
    const view = criteriaView(scoreRow(level4, { headers: HEADERS }), "en");
    expect(view.level).toBe(5);
    const projects = view.lines.find((l) => l.criterion === "Projects");
    expect(projects).toEqual({
      criterion: "Projects",
      needs: "Projects 3 or more",
      has: "2",
      met: false,
      missing: "Projects 2 of 3 needed for level 5",
    });
    expect(view.lines.find((l) => l.criterion === "Role")).toMatchObject({
      has: "Responsible",
      met: true,
      missing: "",
    });
    // The lines are the engine's own checks: unmet lines are exactly the gap's criteria.
    const gaps = scoreRow(level4, { headers: HEADERS }).gaps.filter((g) => g.criterion !== null);
    expect(view.lines.filter((l) => !l.met).map((l) => l.missing)).toEqual(gaps.map((g) => g.message.en));
  });

  it("at the top of the field shows the attained level's criteria, all met", () => {
    const top = cells({
      "Specialty Field": "Hardware",
      Role: "Responsible",
      Projects: 9,
      Complexity: 6,
      Scope: "Whole industry",
      Themes: 9,
      Succession: 9,
      Mentoring: "yes",
      International: "yes",
    });
    const score = scoreRow(top, { headers: HEADERS });
    const view = criteriaView(score, "ja");
    expect(score.target).toBeNull();
    expect(view.level).toBe(score.level);
    expect(view.lines.length).toBeGreaterThan(0);
    expect(view.lines.every((l) => l.met && l.missing === "")).toBe(true);
  });

  it("has no lines for an invalid row; the summary lists the row's problems instead", () => {
    const bad = cells({ "Employee ID": "E9", "Specialty Field": "Hardwear", Role: "Member" });
    const score = scoreRow(bad, { headers: HEADERS });
    expect(criteriaView(score, "en")).toEqual({ level: null, lines: [], notes: [] });
    const report = personSummary(input({ person: { ...input().person, score } }));
    const kpi = report.tables.find((t) => t.table === PERSON_TABLES.kpi);
    expect(kpi?.rows.map((r) => r[3])).toEqual(score.problems.map(() => "error"));
    expect(report.heading?.[4]?.[1]).toBe("Invalid row");
  });
});

describe("the Person sheet", () => {
  it("says which sheet is missing rather than leaving a section empty", () => {
    const report = personSummary(input());
    const first = (name: string) => report.tables.find((t) => t.table === name)?.rows[0]?.[0];
    expect(first(PERSON_TABLES.skills)).toBe("No Skills sheet yet");
    expect(first(PERSON_TABLES.cmbok)).toBe("No CMBOK Assessment yet");
    expect(first(PERSON_TABLES.rounds)).toBe("No round closed yet");
    expect(first(PERSON_TABLES.engagements)).toBe("No Engagements table yet");
    const withTables = personSummary(input({ hasSkillsTable: true, hasCmbokTable: true, hasHistory: true }));
    const firstOf = (name: string) => withTables.tables.find((t) => t.table === name)?.rows[0]?.[0];
    expect(firstOf(PERSON_TABLES.skills)).toBe("Not in the Skills sheet");
    expect(firstOf(PERSON_TABLES.rounds)).toBe("No closed round for this person");
  });

  it("puts the drop-down in B2 listing every choice outside the printed columns, on one A4 page", () => {
    const report = personSummary(input({ choices: ["E001", "E002", "E003"] }));
    expect(report.picker).toMatchObject({ row: 1, column: 1, choices: ["E001", "E002", "E003"] });
    expect(report.picker?.choicesColumn).toBeGreaterThanOrEqual(report.page?.printColumns ?? 99);
    expect(report.page).toEqual({
      paper: "A4",
      orientation: "portrait",
      fitPages: { wide: 1, tall: 1 },
      printColumns: 5,
    });
    // Every table and the radar beside the skills fit in the printed columns.
    for (const t of report.tables) expect(t.headers.length).toBeLessThanOrEqual(5);
    const radar = report.charts[0];
    expect(radar).toMatchObject({ kind: "radar", table: PERSON_TABLES.skills, placement: "beside" });
    expect((radar?.columns ?? 0) + 2).toBeLessThanOrEqual(5);
    expect(report.picker?.prompt.title.length).toBeLessThanOrEqual(32);
    expect(report.picker?.prompt.message.length).toBeLessThanOrEqual(255);
  });

  it("keeps the user's own text untranslated and as text, in Japanese too", () => {
    const report = personSummary(input({ lang: "ja" }));
    expect(report.heading?.[0]?.[0]).toBe("個人サマリー：Suzuki Yui");
    expect(report.heading?.[2]).toEqual(["氏名", "Suzuki Yui", "部署", "Field Service"]);
    expect(report.heading?.[3]?.slice(0, 2)).toEqual(["専門分野", "ハードウェア"]);
  });

  it("checks live that the ID chosen is the one shown, quoting the ID as Excel needs", () => {
    expect(staleCheckFormula('E"1', "en")).toBe(
      '=IF(B2="E""1","","Not this person\'s summary yet: refresh it from the pane (Person › Refresh from the sheet)")',
    );
    const report = personSummary(input());
    expect(report.heading?.[1]?.[2]).toEqual({ formula: staleCheckFormula("E002", "en") });
  });

  it("lays the tables below the heading, a caption above each, leaving the radar its rows", () => {
    const report = personSummary(input());
    const layout = reportLayout(report);
    const kpi = layout.tables.get(PERSON_TABLES.kpi);
    expect(kpi?.caption).toBe((report.heading?.length ?? 0) + 1);
    expect(kpi?.row).toBe((kpi?.caption ?? 0) + 1);
    const skills = layout.tables.get(PERSON_TABLES.skills);
    const cmbok = layout.tables.get(PERSON_TABLES.cmbok);
    expect((cmbok?.caption ?? 0) - (skills?.row ?? 0)).toBeGreaterThanOrEqual(16);
  });
});
