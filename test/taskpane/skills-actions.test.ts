/**
 * The Skills tab's actions on the in-memory workbook: the sheets an HR manager
 * gets, and the numbers, charts and colour scales of the reports built from them.
 */
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { CMBOK_COMPETENCIES, SKILL_ITEMS } from "../../src/core/catalog";
import { scoreRow } from "../../src/core/engine/score-row";
import { mapHeaders } from "../../src/core/roster/header-map";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../src/core/roster/sample";
import { cmbokAssessmentTemplate, skillsTemplate } from "../../src/core/sheets/skills-sheets";
import { itssSkillLevel } from "../../src/functions/evaluate-skills";
import { createRoster, ActionProblem } from "../../src/app/roster";
import {
  buildCmbokCoverage,
  buildSkillsReport,
  createCmbokAssessment,
  createSkillsSheet,
  listSkillsPeople,
} from "../../src/app/skills";

/** Skill levels of the sample people E001-E008, as the sample's comments explain them. */
const SAMPLE_SKILL_LEVELS = { E001: 3, E002: 3, E003: 5, E004: 1, E005: 0, E006: 3, E007: 6, E008: 3 };

const KPI_LEVEL = new Map(
  sampleRosterRows().map((r) => [
    String(r[0]),
    scoreRow(r, { headers: mapHeaders(SAMPLE_ROSTER_HEADERS) }).level,
  ]),
);

async function workbookWithSkills(lang: "en" | "ja" = "en"): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await createSkillsSheet(wb, { lang, sampleRows: true });
  return wb;
}

/** A report table's rows as objects keyed by header, for readable assertions. */
async function records(wb: MemoryWorkbook, table: string): Promise<Record<string, unknown>[]> {
  const data = await wb.readTable(table);
  if (!data) throw new Error(`no table ${table}`);
  return data.rows.map((row) => Object.fromEntries(data.headers.map((h, i) => [String(h), row[i]])));
}

/** Sets a cell of the Skills sheet as a person typing it would. */
function type(wb: MemoryWorkbook, row: number, header: string, value: string | number): void {
  const sheet = wb.sheet("Skills")!;
  const column = sheet.cells[0]!.findIndex((c) => c?.value === header);
  sheet.cells[row]![column] = { value };
}

describe("create the Skills sheet", () => {
  it("adds a Skills table with a rating column per skill item, drop-downs and 1-7 checks", async () => {
    const wb = await workbookWithSkills();
    const table = wb.table("Skills")!;
    const data = (await wb.readTable("Skills"))!;
    expect(data.headers).toEqual([
      "Employee ID",
      "Name",
      "Department",
      "Specialty Field",
      ...SKILL_ITEMS.map((s) => s.name.en),
      "Target",
      "Assessed by",
      "Skill Level",
    ]);
    expect(data.rows).toHaveLength(8);
    expect(table.validation?.[3]).toEqual({
      kind: "list",
      values: ["Hardware", "Software", "Facility Management"],
    });
    // Ratings: only the levels the row's field defines (see test/core/skills-validation.test.ts).
    for (let i = 4; i < 4 + SKILL_ITEMS.length; i++)
      expect(table.validation?.[i]).toEqual({
        kind: "custom",
        formula: expect.stringMatching(/^=OR\([A-Z]2="",/),
      });
    expect(table.validation?.[13]).toEqual({ kind: "whole", min: 1, max: 7 });
    expect(table.validation?.[14]).toEqual({ kind: "list", values: ["Self", "Manager"] });
    expect(table.validation?.[15]).toEqual({ kind: "none" });
  });

  it("scores each row live with HR.ITSSSKILLLEVEL over the row, its header row and its field", async () => {
    const wb = await workbookWithSkills();
    expect(wb.sheet("Skills")!.cells[1]![15]!.formula).toBe(
      '=IF(COUNTA(Skills[@[Employee ID]:[Assessed by]])=0,"",HR.ITSSSKILLLEVEL(Skills[@[Employee ID]:[Assessed by]],Skills[[#Headers],[Employee ID]:[Assessed by]],Skills[@[Specialty Field]]))',
    );
    const ja = skillsTemplate({ lang: "ja", sampleRows: false });
    expect(ja.columns.at(-1)?.formula).toBe(
      '=IF(COUNTA(Skills[@[社員番号]:[評価者]])=0,"",HR.ITSSSKILLLEVEL(Skills[@[社員番号]:[評価者]],Skills[[#Headers],[社員番号]:[評価者]],Skills[@[専門分野]]))',
    );
  });

  it("says in each rating column's input message which levels each field defines, within Excel's limits", () => {
    const template = skillsTemplate({ lang: "en", sampleRows: false });
    const technology = template.columns.find((c) => c.key === "technology")!;
    expect(technology.prompt).toEqual({
      title: "Technology",
      message: expect.stringContaining("Hardware 1-5, Software 1-5, Facility Management 1-6"),
    });
    expect(template.columns.find((c) => c.key === "software-technology")?.prompt.message).toContain(
      "Software 3-5",
    );
    for (const lang of ["en", "ja"] as const)
      for (const column of skillsTemplate({ lang, sampleRows: false }).columns) {
        expect(column.prompt.title.length).toBeLessThanOrEqual(32);
        expect(column.prompt.message.length).toBeLessThanOrEqual(255);
        expect(column.prompt.message).not.toBe("");
      }
  });

  it("has Japanese headers and drop-down values when asked, and never overwrites an existing table", async () => {
    const wb = await workbookWithSkills("ja");
    const data = (await wb.readTable("Skills"))!;
    expect(data.headers.slice(0, 5)).toEqual(["社員番号", "氏名", "部署", "専門分野", "システム保守管理"]);
    expect(data.rows[0]?.slice(3, 5)).toEqual(["ハードウェア", 3]);
    expect(wb.table("Skills")?.validation?.[14]).toEqual({ kind: "list", values: ["本人", "上長"] });
    const again = createSkillsSheet(wb, { lang: "en", sampleRows: false });
    await expect(again).rejects.toThrow(ActionProblem);
    await expect(again).rejects.toThrow(/already a Skills table/);
    expect(wb.sheets.filter((s) => s.name.startsWith("Skills"))).toHaveLength(1);
  });
});

describe("build the skills report", () => {
  it("scores every person from the ratings and counts people per skill level", async () => {
    const wb = await workbookWithSkills();
    const result = await buildSkillsReport(wb, { lang: "en" });
    expect(result.people).toBe(8);
    expect(result.problems).toEqual([]);
    const expected = [0, 0, 0, 0, 0, 0, 0, 0];
    for (const level of Object.values(SAMPLE_SKILL_LEVELS)) expected[level]! += 1;
    expect(result.perLevel).toEqual(expected);
    const heat = await records(wb, "Skills_HeatMap");
    expect(Object.fromEntries(heat.map((r) => [r["Employee ID"], r["Skill Level"]]))).toEqual(
      SAMPLE_SKILL_LEVELS,
    );
  });

  it("lays the ratings out as a heat map coloured from 1 to 7; other fields' items are marked, not blank", async () => {
    const wb = await workbookWithSkills();
    await buildSkillsReport(wb, { lang: "en" });
    const heat = await records(wb, "Skills_HeatMap");
    expect(heat[1]).toMatchObject({
      "Employee ID": "E002",
      Communication: 3,
      Leadership: 4,
      "Hardware technology": 4,
      "Software technology": "–",
      Target: 4,
    });
    expect(heat[4]).toMatchObject({ "Employee ID": "E005", Technology: null });
    const table = wb.table("Skills_HeatMap")!;
    expect(wb.sheet("Skills Report")?.colorScales).toEqual([
      {
        top: table.top + 1,
        bottom: table.top + 8,
        left: 2,
        right: 2 + SKILL_ITEMS.length - 1,
        min: 1,
        max: 7,
      },
    ]);
  });

  it("draws a radar of the chosen person's ratings against their target", async () => {
    const wb = await workbookWithSkills();
    const first = await buildSkillsReport(wb, { lang: "en" });
    expect(first.radarPerson).toEqual({ employeeId: "E001", name: "Sato Haruto" });
    const chart = wb.charts.find((c) => c.name === "ITSS_SkillsRadar");
    expect(chart).toMatchObject({ kind: "radar", table: "Skills_Radar", columns: 3, sheet: "Skills Report" });
    expect(chart?.title).toBe("Sato Haruto: skill ratings against the target");

    const chosen = await buildSkillsReport(wb, { lang: "en", person: "e005" });
    expect(chosen.radarPerson?.name).toBe("Watanabe Sota");
    const radar = await wb.readTable("Skills_Radar");
    expect(radar?.headers).toEqual(["Skill item", "Rating", "Target"]);
    expect(radar?.rows).toEqual([
      ["System maintenance management", 4, 5],
      ["Technology", null, 5],
      ["Project Management", 4, 5],
      ["Leadership", 4, 5],
      ["Communication", 4, 5],
      ["Negotiation", 4, 5],
      ["Software technology", 4, 5],
    ]);
    await expect(buildSkillsReport(wb, { lang: "en", person: "Nobody" })).rejects.toThrow(
      /Nobody with the Employee ID or name “Nobody”/,
    );
  });

  it("charts how many people reach each level per skill item, clustered", async () => {
    const wb = await workbookWithSkills();
    await buildSkillsReport(wb, { lang: "en" });
    const team = await records(wb, "Skills_Team");
    // Leadership ratings 3, 4, 5, 2, 4, 3, 6, 3: people at that level or above.
    expect(team.find((r) => r["Skill item"] === "Leadership")).toEqual({
      "Skill item": "Leadership",
      "Level 1": 8,
      "Level 2": 8,
      "Level 3": 7,
      "Level 4": 4,
      "Level 5": 2,
      "Level 6": 1,
      People: 8,
      "Not rated": 0,
    });
    // Technology: E005 left it blank.
    expect(team.find((r) => r["Skill item"] === "Technology")).toMatchObject({
      "Level 1": 7,
      "Not rated": 1,
    });
    // Hardware technology is described from level 3, for the three Hardware people only.
    expect(team.find((r) => r["Skill item"] === "Hardware technology")).toMatchObject({
      "Level 1": null,
      "Level 3": 3,
      "Level 5": 1,
      People: 3,
    });
    expect(wb.charts.find((c) => c.name === "ITSS_SkillsTeam")).toMatchObject({
      kind: "columnClustered",
      table: "Skills_Team",
      columns: 7,
    });
  });

  it("compares KPI level with skill level per person and flags two or more levels apart", async () => {
    const wb = await workbookWithSkills();
    await createRoster(wb, { lang: "en", sampleRows: true, useCompanyRules: false, edition: "V3" });
    const result = await buildSkillsReport(wb, { lang: "en" });
    expect(result.rosterFound).toBe(true);
    const rows = await records(wb, "Skills_KPI_Comparison");
    for (const row of rows) {
      const id = String(row["Employee ID"]);
      const kpi = KPI_LEVEL.get(id) ?? null;
      const skill = SAMPLE_SKILL_LEVELS[id as keyof typeof SAMPLE_SKILL_LEVELS];
      expect(row).toMatchObject({
        "KPI Level": kpi,
        "Skill Level": skill,
        "Difference (skill - KPI)": skill - kpi!,
      });
      expect(row["Flag"]).toBe(Math.abs(skill - kpi!) >= 2 ? "2+ levels apart" : "");
    }
    const flaggedIds = rows.filter((r) => r["Flag"] !== "").map((r) => r["Employee ID"]);
    expect(flaggedIds.length).toBeGreaterThan(0);
    expect(result.flagged.map((f) => f.employeeId)).toEqual(flaggedIds);
    expect(result.flagged[0]?.note?.en).toMatch(/^KPI level \d is \d above skill level \d/);
  });

  it("does not take the Skills table for a roster when the workbook has none", async () => {
    const wb = await workbookWithSkills();
    const result = await buildSkillsReport(wb, { lang: "en" });
    expect(result.rosterFound).toBe(false);
    expect(result.flagged).toEqual([]);
    const rows = await records(wb, "Skills_KPI_Comparison");
    expect(rows.map((r) => r["KPI Level"])).toEqual(Array(8).fill(null));
  });

  it("reports an invalid rating with its row, column and value, and still scores everyone else", async () => {
    const wb = await workbookWithSkills();
    type(wb, 3, "Leadership", "Lv9"); // E003
    type(wb, 5, "Target", 9); // E005: reported, but the Target does not change the level
    const result = await buildSkillsReport(wb, { lang: "en" });
    expect(result.problems).toEqual([
      expect.objectContaining({ index: 2, employeeId: "E003", sheetRow: 3, sheetColumn: 7, value: "Lv9" }),
      expect.objectContaining({ index: 4, employeeId: "E005", sheetRow: 5, sheetColumn: 13, value: "9" }),
    ]);
    expect(result.problems[0]?.message.en).toBe(
      'Row 4, column "Leadership": "Lv9" is not a skill rating. Valid: a level from 1 to 7 (such as 3, Lv3, Lv.3, L3, レベル3), or blank when not rated.',
    );
    expect(result.problems[0]?.message.ja).toMatch(
      /^4行目「Leadership」列：「Lv9」はスキル評価として無効です/,
    );
    expect(result.unscored).toBe(1);
    expect(result.perLevel.reduce((a, b) => a + b, 0)).toBe(7);
    const heat = await records(wb, "Skills_HeatMap");
    expect(heat.map((r) => r["Skill Level"])).toEqual([3, 3, null, 1, 0, 3, 6, 3]);
  });

  it("refreshes the same sheet, tables and charts when built again, in the other language", async () => {
    const wb = await workbookWithSkills();
    await buildSkillsReport(wb, { lang: "en" });
    const sheets = wb.sheets.map((s) => s.name);
    await buildSkillsReport(wb, { lang: "ja", person: "E007" });
    expect(wb.sheets.map((s) => s.name)).toEqual(sheets);
    expect(wb.charts.map((c) => c.name)).toEqual(["ITSS_SkillsRadar", "ITSS_SkillsTeam"]);
    for (const name of ["Skills_HeatMap", "Skills_Radar", "Skills_Team", "Skills_KPI_Comparison"])
      expect(wb.tables.filter((t) => t.name === name)).toHaveLength(1);
    expect(wb.sheet("Skills Report")?.colorScales).toHaveLength(1);
    expect(wb.charts[0]?.title).toBe("Yamamoto Riku：スキル評価と目標レベル");
    expect((await wb.readTable("Skills_Radar"))?.rows[0]).toEqual(["システム保守管理", 6, null]);
  });

  it("gives every row the level the sheet's HR.ITSSSKILLLEVEL formula gives it, errors included", async () => {
    const wb = await workbookWithSkills("ja");
    type(wb, 2, "リーダーシップ", "abc"); // E002: the formula shows #VALUE!, the report no level
    const skills = (await wb.readTable("Skills"))!;
    const inputs = skills.headers.slice(0, -1);
    const formula = skills.rows.map((row) => {
      try {
        return itssSkillLevel([row.slice(0, -1)], [inputs], row[3], null);
      } catch {
        return null;
      }
    });
    expect(formula.filter((l) => l === null)).toHaveLength(1);
    await buildSkillsReport(wb, { lang: "en" });
    const heat = await records(wb, "Skills_HeatMap");
    expect(heat.map((r) => r["Skill Level"])).toEqual(formula);
  });

  it("reads a Skills sheet with Japanese headers", async () => {
    const wb = await workbookWithSkills("ja");
    const result = await buildSkillsReport(wb, { lang: "en" });
    expect(result.problems).toEqual([]);
    expect(result.perLevel).toEqual(
      (await buildSkillsReport(await workbookWithSkills(), { lang: "en" })).perLevel,
    );
  });

  it("says plainly what is missing before anything is written", async () => {
    const wb = new MemoryWorkbook();
    await expect(buildSkillsReport(wb, { lang: "en" })).rejects.toThrow(/There is no Skills table/);
    await createSkillsSheet(wb, { lang: "en", sampleRows: false });
    await expect(buildSkillsReport(wb, { lang: "en" })).rejects.toThrow(/has no people yet/);
    expect(wb.sheet("Skills Report")).toBeUndefined();
  });

  it("lists the people the radar can show", async () => {
    const wb = await workbookWithSkills();
    type(wb, 2, "Specialty Field", "Service Desk"); // no skill items: not offered
    const people = await listSkillsPeople(wb);
    expect(people.map((p) => p.value)).toEqual(["E001", "E003", "E004", "E005", "E006", "E007", "E008"]);
    expect(await listSkillsPeople(new MemoryWorkbook())).toEqual([]);
  });
});

describe("CMBOK Assessment", () => {
  const codes2 = CMBOK_COMPETENCIES.filter((c) => c.version === "2.0").map((c) => c.code);

  it("creates a table with every CMBOK 2.0 code as a 0-4 column, grouped by domain", async () => {
    const wb = new MemoryWorkbook();
    await createCmbokAssessment(wb, { lang: "en", sampleRows: false });
    const data = (await wb.readTable("CMBOK_Assessment"))!;
    const headers = data.headers.map(String);
    expect(headers.slice(0, 3)).toEqual(["Employee ID", "Name", "Department"]);
    expect(headers.at(-1)).toBe("Assessed by");
    const codes = headers.slice(3, -1);
    expect([...codes].sort()).toEqual([...codes2].sort());
    // Domain order: each code prefix appears in one run.
    const runs = codes.map((c) => c.split("-")[0]).filter((p, i, all) => i === 0 || all[i - 1] !== p);
    expect(new Set(runs).size).toBe(runs.length);
    expect(codes.slice(0, 5)).toEqual(["ST-1", "ST-2", "ST-3", "ST-4", "ST-5"]);
    const table = wb.table("CMBOK_Assessment")!;
    for (let i = 3; i < 3 + codes2.length; i++)
      expect(table.validation?.[i]).toEqual({ kind: "whole", min: 0, max: 4 });
    await expect(createCmbokAssessment(wb, { lang: "ja", sampleRows: true })).rejects.toThrow(
      /already a CMBOK Assessment table/,
    );
  });

  it("names the competency and lists the 0-4 labels in each column's input message", () => {
    const template = cmbokAssessmentTemplate({ lang: "ja", sampleRows: false });
    const op3 = template.columns.find((c) => c.key === "OP-3")!;
    expect(op3.prompt.title).toBe("OP-3");
    expect(op3.prompt.message).toContain("要員計画とシフト計画・調整");
    expect(op3.prompt.message).toContain(
      "0 未習得、1 基礎知識がある、2 支援があれば実践できる、3 独力で実践できる、4 他者に指導できる",
    );
    for (const column of template.columns) expect(column.prompt.message.length).toBeLessThanOrEqual(255);
  });

  it("computes coverage per domain per person and the team's average", async () => {
    const wb = new MemoryWorkbook();
    // Audit has four competencies; coverage counts ratings of 3 or 4.
    await wb.writeTables([
      {
        sheet: "CMBOK Assessment",
        table: "CMBOK_Assessment",
        headers: ["Employee ID", "Name", "AU-1", "AU-2", "AU-3", "AU-4", "LF-1"],
        rows: [
          ["C1", "Aoki", 3, 4, 2, "", 1],
          ["C2", "Baba", 4, 4, 4, 4, 3],
          ["C3", "Chiba", 0, "x", 1, 2, 4],
        ],
      },
    ]);
    const result = await buildCmbokCoverage(wb, { lang: "en" });
    expect(result.people).toBe(3);
    const audit = result.team.find((d) => d.domain.en === "Audit");
    expect(audit?.coverage).toBeCloseTo((0.5 + 1 + 0) / 3);
    const byPerson = await records(wb, "CMBOK_CoverageByPerson");
    expect(byPerson.map((r) => r["Audit (%)"])).toEqual([50, 100, 0]);
    expect(byPerson.map((r) => r["Training and Learning Facilitation (%)"])).toEqual([0, 25, 25]);
    expect(byPerson.map((r) => r["Operation (%)"])).toEqual([0, 0, 0]);
    const team = await records(wb, "CMBOK_TeamCoverage");
    expect(team.find((r) => r["Domain"] === "Audit")).toEqual({
      Domain: "Audit",
      "Team coverage (%)": 50,
      Competencies: 4,
      People: 3,
    });
    expect(result.problems).toEqual([
      expect.objectContaining({ employeeId: "C3", sheetRow: 3, sheetColumn: 3, value: "x" }),
    ]);
    expect(result.problems[0]?.message.en).toMatch(/^Row 4, column "AU-2": "x" is not a CMBOK rating/);
    expect(wb.charts.find((c) => c.name === "ITSS_CmbokTeamCoverage")).toMatchObject({
      kind: "columnClustered",
      table: "CMBOK_TeamCoverage",
      columns: 2,
    });
    expect(wb.sheet("CMBOK Coverage")?.colorScales).toEqual([
      { top: 1, bottom: 3, left: 2, right: 8, min: 0, max: 100 },
    ]);
  });

  it("builds coverage from the sample sheet and refreshes it when built again", async () => {
    const wb = new MemoryWorkbook();
    await createCmbokAssessment(wb, { lang: "ja", sampleRows: true });
    const first = await buildCmbokCoverage(wb, { lang: "ja" });
    expect(first.people).toBe(5);
    expect(first.problems).toEqual([]);
    expect(first.team.every((d) => d.coverage >= 0 && d.coverage <= 1)).toBe(true);
    await buildCmbokCoverage(wb, { lang: "en" });
    expect(wb.charts.map((c) => c.name)).toEqual(["ITSS_CmbokTeamCoverage"]);
    expect(wb.tables.filter((t) => t.name === "CMBOK_CoverageByPerson")).toHaveLength(1);
    expect(wb.sheets.filter((s) => s.name === "CMBOK Coverage")).toHaveLength(1);
  });

  it("says plainly when there is nothing to read", async () => {
    const wb = new MemoryWorkbook();
    await expect(buildCmbokCoverage(wb, { lang: "en" })).rejects.toThrow(
      /There is no CMBOK Assessment table/,
    );
    await createCmbokAssessment(wb, { lang: "en", sampleRows: false });
    await expect(buildCmbokCoverage(wb, { lang: "en" })).rejects.toThrow(/has no people yet/);
  });
});

describe("the Skills sheet's formula column in the in-memory workbook", () => {
  it("evaluates HR.ITSSSKILLLEVEL on every row as the function does", async () => {
    const { MemoryWorkbook } = await import("../../src/adapters/memory/memory-workbook");
    const { createSkillsSheet } = await import("../../src/app/skills");
    const { itssSkillLevel } = await import("../../src/functions/evaluate-skills");
    const wb = new MemoryWorkbook();
    await createSkillsSheet(wb, { lang: "en", sampleRows: true });
    const table = (await wb.readTable("Skills"))!;
    const levelAt = table.headers.indexOf("Skill Level");
    const fieldAt = table.headers.indexOf("Specialty Field");
    expect(levelAt).toBeGreaterThan(0);
    for (const row of table.rows) {
      const evidence = [row.slice(0, levelAt)];
      expect(row[levelAt]).toBe(
        itssSkillLevel(evidence, [table.headers.slice(0, levelAt)], row[fieldAt], null),
      );
    }
    expect(table.rows.some((r) => typeof r[levelAt] === "number" && (r[levelAt] as number) > 0)).toBe(true);
  });
});
