/**
 * The pane's actions end to end on the in-memory workbook: what an HR manager
 * would see in the sheets after each click.
 */
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import {
  createRoster,
  drawDistribution,
  loadStandard,
  scoreRoster,
  ActionProblem,
} from "../../src/app/roster";
import { SKILL_PROFICIENCY, CMBOK_COMPETENCIES, CMBOK_DROPPED_FROM_1_0 } from "../../src/core/catalog";
import { scoreRow } from "../../src/core/engine/score-row";
import { publishedRuleList } from "../../src/core/engine/published-rules";
import { mapHeaders } from "../../src/core/roster/header-map";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../src/core/roster/sample";

const EXPECTED_LEVELS = sampleRosterRows().map(
  (r) => scoreRow(r, { headers: mapHeaders(SAMPLE_ROSTER_HEADERS) }).level,
);

async function workbookWithRoster(lang: "en" | "ja" = "en"): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await loadStandard(wb, lang, { overwriteEdits: false });
  await createRoster(wb, { lang, sampleRows: true, useCompanyRules: false, edition: "V3" });
  return wb;
}

describe("load the standard", () => {
  it("writes the four tables with every rule, skill description and competency", async () => {
    const wb = new MemoryWorkbook();
    expect(await loadStandard(wb, "en", { overwriteEdits: false })).toEqual({ kind: "loaded" });
    expect(wb.sheets.map((s) => s.name)).toEqual(["Levels", "KPI Rules", "Skill Items", "CMBOK"]);
    expect(wb.table("KPI_Rules")?.rows).toBe(publishedRuleList().length + 1);
    expect(wb.table("Skill_Items")?.rows).toBe(SKILL_PROFICIENCY.length + 1);
    expect(wb.table("CMBOK")?.rows).toBe(CMBOK_COMPETENCIES.length + CMBOK_DROPPED_FROM_1_0.length + 1);
    expect(wb.table("ITSS_Levels")?.rows).toBe(1 + 5 + 5 + 6 + 5 + 4 + 2 + 2);
  });

  it("loading again updates in place: no duplicate sheets or tables, user sheets kept", async () => {
    const wb = new MemoryWorkbook();
    wb.putSheet("My notes", [["keep me"]]);
    await loadStandard(wb, "en", { overwriteEdits: false });
    await loadStandard(wb, "ja", { overwriteEdits: false });
    expect(wb.sheets.map((s) => s.name)).toEqual(["My notes", "Levels", "KPI Rules", "Skill Items", "CMBOK"]);
    expect(wb.tables.map((t) => t.name)).toEqual(["ITSS_Levels", "KPI_Rules", "Skill_Items", "CMBOK"]);
    expect(wb.values("My notes", 0, 0, 1, 1)).toEqual([["keep me"]]);
    expect(wb.values("Levels", 0, 0, 1, 2)).toEqual([["職種", "専門分野"]]);
  });

  it("asks before overwriting a KPI Rules table the company edited", async () => {
    const wb = new MemoryWorkbook();
    await loadStandard(wb, "en", { overwriteEdits: false });
    const rules = wb.sheet("KPI Rules")!;
    rules.cells[1]![10] = { value: 3 }; // Min Themes of the first rule
    expect(await loadStandard(wb, "en", { overwriteEdits: false })).toEqual({ kind: "needs-confirmation" });
    expect(wb.values("KPI Rules", 1, 10, 1, 1)).toEqual([[3]]);
    expect(await loadStandard(wb, "en", { overwriteEdits: true })).toEqual({ kind: "loaded" });
    expect(wb.values("KPI Rules", 1, 10, 1, 1)).toEqual([[0]]);
  });
});

describe("create a roster", () => {
  it("adds a Roster table whose formula columns score every sample row as the engine does", async () => {
    const wb = await workbookWithRoster();
    const roster = await wb.readTable("Roster");
    expect(roster?.headers.slice(-2)).toEqual(["ITSS Level", "Gap"]);
    expect(roster?.rows.map((r) => r[r.length - 2])).toEqual(EXPECTED_LEVELS);
    expect(String(roster?.rows[0]?.at(-1))).toMatch(/^Role Responsible or higher needed for level 4/);
    const levelCell = wb.sheet("Roster")!.cells[1]![21]!;
    expect(levelCell.formula).toBe(
      '=IF(COUNTA(Roster[@[Employee ID]:[ITEE AP]])=0,"",HR.ITSSLEVEL(Roster[@[Employee ID]:[ITEE AP]],Roster[[#Headers],[Employee ID]:[ITEE AP]]))',
    );
  });

  it("re-scores live when a cell is edited", async () => {
    const wb = await workbookWithRoster();
    const sheet = wb.sheet("Roster")!;
    sheet.cells[1]![18] = { value: 5 }; // E001 Succession
    sheet.cells[1]![5] = { value: "Responsible", text: true };
    sheet.cells[1]![6] = { value: 2 };
    sheet.cells[1]![10] = { value: "Industry or wide area", text: true };
    sheet.cells[1]![19] = { value: "yes", text: true };
    expect((await wb.readTable("Roster"))?.rows[0]?.at(-2)).toBe(4);
  });

  it("has drop-downs, number checks and input messages, in Japanese when asked", async () => {
    const wb = await workbookWithRoster("ja");
    const table = wb.table("Roster")!;
    const headers = (await wb.readTable("Roster"))!.headers;
    expect(headers.slice(0, 5)).toEqual(["社員番号", "氏名", "部署", "職種", "専門分野"]);
    expect(table.validation?.[4]).toEqual({
      kind: "list",
      values: [
        "ハードウェア",
        "ソフトウェア",
        "ファシリティマネジメント",
        "運用管理",
        "システム管理",
        "オペレーション",
        "サービスデスク",
      ],
    });
    expect(table.validation?.[6]).toEqual({ kind: "whole", min: 0 });
    expect((await wb.readTable("Roster"))?.rows.map((r) => r[r.length - 2])).toEqual(EXPECTED_LEVELS);
  });

  it("passes the KPI Rules table to the formulas when the company's rules are chosen, so edits change scores", async () => {
    const wb = new MemoryWorkbook();
    await expect(
      createRoster(wb, { lang: "en", sampleRows: true, useCompanyRules: true, edition: "V3" }),
    ).rejects.toThrow(ActionProblem);
    await loadStandard(wb, "en", { overwriteEdits: false });
    await createRoster(wb, { lang: "en", sampleRows: true, useCompanyRules: true, edition: "V3" });
    expect((await wb.readTable("Roster"))?.rows[0]?.at(-2)).toBe(3);
    // Hardware level 3 (V3) now asks for 2 themes: E001 has 1.
    const rules = wb.sheet("KPI Rules")!;
    const hw3 = rules.cells.findIndex(
      (r) => r?.[1]?.value === "Hardware" && r?.[2]?.value === 3 && r?.[3]?.value === "V3",
    );
    rules.cells[hw3]![10] = { value: 2 };
    expect((await wb.readTable("Roster"))?.rows[0]?.at(-2)).toBe(2);
  });

  it("never overwrites an existing Roster table", async () => {
    const wb = await workbookWithRoster();
    await expect(
      createRoster(wb, { lang: "en", sampleRows: false, useCompanyRules: false, edition: "V3" }),
    ).rejects.toThrow(/already exists/);
  });
});

describe("score a roster", () => {
  it("writes level and gap values next to a roster table and lists invalid rows with their cell", async () => {
    const wb = new MemoryWorkbook();
    await wb.writeTables([
      {
        sheet: "Team",
        table: "Team",
        headers: ["Employee ID", "Specialty Field", "Role", "Projects", "Complexity", "Scope", "Themes"],
        rows: [
          ["A1", "Hardware", "Member", 1, 2, "Specific users", 1],
          ["A2", "Hardwear", "Member", 1, 2, "Specific users", 1],
        ],
      },
    ]);
    const result = await scoreRoster(wb, {
      lang: "en",
      edition: "V3",
      mode: "values",
      useCompanyRules: false,
      fromSelection: false,
    });
    expect(result.scored).toBe(2);
    expect(result.perLevel[3]).toBe(1);
    expect(result.invalid).toEqual([
      expect.objectContaining({ index: 1, employeeId: "A2", sheetRow: 2, sheetColumn: 1 }),
    ]);
    expect(result.invalid[0]?.messages[0]?.en).toMatch(/Did you mean Hardware\?/);
    expect(wb.values("Team", 0, 7, 3, 2)).toEqual([
      ["ITSS Level", "Gap"],
      [3, expect.stringMatching(/^Role Responsible/)],
      ["", expect.stringMatching(/^Error: Row 3/)],
    ]);
    expect(wb.sheet("Team")!.cells[2]![0]!.fill).toBe("#FDE7E9");
    expect(wb.sheet("Team")!.cells[1]![0]!.fill).toBeUndefined();
  });

  it("scoring again reuses its columns instead of adding more", async () => {
    const wb = await workbookWithRoster();
    await scoreRoster(wb, {
      lang: "en",
      edition: "V3",
      mode: "values",
      useCompanyRules: false,
      fromSelection: false,
    });
    await scoreRoster(wb, {
      lang: "en",
      edition: "V3",
      mode: "formulas",
      useCompanyRules: false,
      fromSelection: false,
    });
    const roster = await wb.readTable("Roster");
    expect(roster?.headers.length).toBe(23);
    expect(roster?.rows.map((r) => r[21])).toEqual(EXPECTED_LEVELS);
  });

  it("scores the selection when asked, with R1C1 formulas that work in every row", async () => {
    const wb = new MemoryWorkbook();
    wb.putSheet("Data", [["Title of the sheet"], [...SAMPLE_ROSTER_HEADERS], ...sampleRosterRows()], false);
    wb.selection = {
      sheet: "Data",
      top: 1,
      left: 0,
      rows: sampleRosterRows().length + 1,
      columns: SAMPLE_ROSTER_HEADERS.length,
    };
    const result = await scoreRoster(wb, {
      lang: "en",
      edition: "V3",
      mode: "formulas",
      useCompanyRules: false,
      fromSelection: true,
    });
    expect(result.invalid).toEqual([]);
    expect(wb.values("Data", 2, 21, sampleRosterRows().length, 1).map((r) => r[0])).toEqual(EXPECTED_LEVELS);
  });

  it("says plainly when there is no roster", async () => {
    await expect(
      scoreRoster(new MemoryWorkbook(), {
        lang: "en",
        edition: "V3",
        mode: "values",
        useCompanyRules: false,
        fromSelection: false,
      }),
    ).rejects.toThrow(/No roster yet/);
  });
});

describe("level distribution", () => {
  it("counts people per level by field and department, with charts that are refreshed, not duplicated", async () => {
    const wb = await workbookWithRoster();
    const first = await drawDistribution(wb, {
      lang: "en",
      edition: "V3",
      useCompanyRules: false,
      fromSelection: false,
    });
    expect(first).toMatchObject({ total: 16, invalid: 0, people: { count: 16, perAssessor: false } });
    const byField = await wb.readTable("LevelByField");
    expect(byField?.headers).toEqual([
      "Level",
      "Hardware",
      "Software",
      "Facility Management",
      "Operations Management",
      "System Management",
      "Operations",
      "Service Desk",
      "Total",
    ]);
    const total = (level: number) => byField?.rows[level]?.at(-1);
    for (let level = 0; level <= 7; level++)
      expect(total(level)).toBe(EXPECTED_LEVELS.filter((l) => l === level).length);
    expect(byField?.rows[0]?.[0]).toBe("Not yet level 1");
    await drawDistribution(wb, { lang: "ja", edition: "V3", useCompanyRules: false, fromSelection: false });
    expect(wb.charts.map((c) => c.name)).toEqual(["ITSS_LevelByField", "ITSS_LevelByDepartment"]);
    expect(wb.charts[0]?.title).toBe("専門分野別のレベル分布（人数）");
    expect(wb.tables.filter((t) => t.name === "LevelByField")).toHaveLength(1);
  });
});
