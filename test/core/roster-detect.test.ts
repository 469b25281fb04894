import { LAYOUT, REPORT_SHEETS } from "../../src/core/layout";
import { looksLikeRoster, NOT_ROSTER_TABLES, pickRoster } from "../../src/core/sheets/roster-detect";
import { standardTables } from "../../src/core/sheets/standard-tables";
import { ROUND_TABLES } from "../../src/core/rounds/sheets";
import { skillsTemplate } from "../../src/core/skills/sheets";
import { SAMPLE_ROSTER_HEADERS } from "../../src/core/roster/sample";

describe("looksLikeRoster", () => {
  it("accepts a roster header row in either language", () => {
    expect(looksLikeRoster(SAMPLE_ROSTER_HEADERS)).toBe(true);
    expect(looksLikeRoster(["社員番号", "専門分野", "役割"])).toBe(true);
  });
  it("refuses the product's look-alike tables: Skills, History, Self vs Manager", () => {
    expect(
      looksLikeRoster(skillsTemplate({ lang: "en", sampleRows: false }).columns.map((c) => c.header)),
    ).toBe(false);
    expect(
      looksLikeRoster(skillsTemplate({ lang: "ja", sampleRows: false }).columns.map((c) => c.header)),
    ).toBe(false);
    for (const name of ROUND_TABLES) expect(looksLikeRoster(SAMPLE_ROSTER_HEADERS, name)).toBe(false);
    for (const name of ROUND_TABLES) expect(NOT_ROSTER_TABLES).toContain(name);
  });
  it("refuses a header row without a Specialty Field", () => {
    expect(looksLikeRoster(["Employee ID", "Name", "Role"])).toBe(false);
  });
});

describe("pickRoster", () => {
  const roster = { name: "Roster", sheet: "Roster", headers: SAMPLE_ROSTER_HEADERS };
  const standard = standardTables("en").map((t) => ({ name: t.table, sheet: t.sheet, headers: t.headers }));

  it("never takes a table the product owns for another purpose, whatever its headers", () => {
    expect(pickRoster(standard)).toBeUndefined();
    const owned = Object.values(LAYOUT)
      .filter((p) => p.table !== "Roster")
      .map((p) => ({ name: p.table, sheet: p.sheet, headers: SAMPLE_ROSTER_HEADERS }));
    expect(pickRoster(owned)).toBeUndefined();
    const onReports = Object.values(REPORT_SHEETS).map((sheet, i) => ({
      name: `Report_${i}`,
      sheet,
      headers: SAMPLE_ROSTER_HEADERS,
    }));
    expect(pickRoster(onReports)).toBeUndefined();
  });
  it("takes the Roster table first, even after a skills import added skill columns to it", () => {
    const skillHeaders = skillsTemplate({ lang: "en", sampleRows: false }).columns.map((c) => c.header);
    const withSkills = { ...roster, headers: [...SAMPLE_ROSTER_HEADERS, ...skillHeaders.slice(3)] };
    expect(looksLikeRoster(withSkills.headers)).toBe(false);
    const other = { name: "Team", sheet: "Team", headers: SAMPLE_ROSTER_HEADERS };
    expect(pickRoster([...standard, other, withSkills])).toBe(withSkills);
    expect(pickRoster([...standard, other])).toBe(other);
  });
});
