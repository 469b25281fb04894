import type { SkillItemId } from "../../../src/core/catalog";
import { compareLevels, LEVEL_DIFFERENCE_TO_FLAG, teamSkillDistribution } from "../../../src/core/skills";

const rated = (entries: Partial<Record<SkillItemId, number | null>>) =>
  new Map(Object.entries(entries) as [SkillItemId, number | null][]);

describe("teamSkillDistribution", () => {
  const team = [
    { field: "hardware" as const, ratings: rated({ leadership: 3, "hardware-technology": 4 }) },
    { field: "hardware" as const, ratings: rated({ leadership: 5, "hardware-technology": null }) },
    { field: "facility-management" as const, ratings: rated({ leadership: 6, "facility-management": 6 }) },
    { field: "service-desk" as const, ratings: rated({ leadership: 7 }) },
  ];
  const byItem = new Map(teamSkillDistribution(team).map((d) => [d.item, d]));

  it("counts the people rated at each level or above, over the levels the team's fields describe", () => {
    expect(byItem.get("leadership")).toMatchObject({
      people: 3,
      notRated: 0,
      reached: [
        { level: 1, people: 3 },
        { level: 2, people: 3 },
        { level: 3, people: 3 },
        { level: 4, people: 2 },
        { level: 5, people: 2 },
        { level: 6, people: 1 },
      ],
    });
  });

  it("counts a field's own item among that field's people only, from the levels it is described at", () => {
    expect(byItem.get("hardware-technology")).toMatchObject({
      people: 2,
      notRated: 1,
      reached: [
        { level: 3, people: 1 },
        { level: 4, people: 1 },
        { level: 5, people: 0 },
      ],
    });
    expect(byItem.get("facility-management")?.reached.map((r) => r.level)).toEqual([3, 4, 5, 6]);
  });

  it("leaves out items no one in the team has, and people of fields without skill items", () => {
    expect(byItem.has("software-technology")).toBe(false);
    expect(byItem.get("negotiation")).toMatchObject({ people: 3, notRated: 3 });
  });

  it("is empty for an empty team", () => {
    expect(teamSkillDistribution([])).toEqual([]);
  });
});

describe("compareLevels", () => {
  const person = (kpiLevel: number | null, skillLevel: number | null) => ({
    employeeId: "E1",
    name: "Sato Haruto",
    kpiLevel,
    skillLevel,
  });

  it(`flags people whose levels are ${LEVEL_DIFFERENCE_TO_FLAG} or more apart, either way`, () => {
    const [same, one, skillAhead, kpiAhead] = compareLevels([
      person(3, 3),
      person(3, 4),
      person(2, 4),
      person(5, 3),
    ]);
    expect(same).toMatchObject({ difference: 0, flagged: false, note: null });
    expect(one).toMatchObject({ difference: 1, flagged: false, note: null });
    expect(skillAhead).toMatchObject({ difference: 2, flagged: true });
    expect(skillAhead?.note?.en).toBe(
      "Skill level 4 is 2 above KPI level 2: the ratings may be generous, or the person lacks assignments that show these skills.",
    );
    expect(kpiAhead).toMatchObject({ difference: -2, flagged: true });
    expect(kpiAhead?.note?.en).toBe(
      "KPI level 5 is 2 above skill level 3: the skill ratings may be out of date or too strict.",
    );
    expect(kpiAhead?.note?.ja).toContain("達成度指標レベル5がスキル熟達度レベル3より2高い");
  });

  it("treats level 0 as a level and a missing level as nothing to compare", () => {
    expect(compareLevels([person(0, 2)])[0]).toMatchObject({ flagged: true, difference: 2 });
    expect(compareLevels([person(null, 5)])[0]).toMatchObject({
      flagged: false,
      difference: null,
      note: null,
    });
    expect(compareLevels([person(4, null)])[0]?.employeeId).toBe("E1");
  });
});
