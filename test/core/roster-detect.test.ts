import { looksLikeRoster, NOT_ROSTER_TABLES } from "../../src/core/sheets/roster-detect";
import { ROUND_TABLES } from "../../src/core/sheets/rounds-sheets";
import { skillsTemplate } from "../../src/core/sheets/skills-sheets";
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
    expect([...NOT_ROSTER_TABLES].sort()).toEqual([...ROUND_TABLES].sort());
  });
  it("refuses a header row without a Specialty Field", () => {
    expect(looksLikeRoster(["Employee ID", "Name", "Role"])).toBe(false);
  });
});
