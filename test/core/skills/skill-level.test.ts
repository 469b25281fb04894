import { skillItemsOfField, type SkillItemId, type SpecialtyFieldId } from "../../../src/core/catalog";
import {
  attainableSkillLevels,
  describedItemsAt,
  describedLevelsOf,
  skillLevel,
  type SkillFieldId,
} from "../../../src/core/skills";

const COMMON: readonly SkillItemId[] = [
  "system-maintenance-management",
  "technology",
  "project-management",
  "leadership",
  "communication",
  "negotiation",
];
const OWN: Record<SkillFieldId, SkillItemId> = {
  hardware: "hardware-technology",
  software: "software-technology",
  "facility-management": "facility-management",
};
const TOP: Record<SkillFieldId, number> = { hardware: 5, software: 5, "facility-management": 6 };
const FIELDS = Object.keys(TOP) as SkillFieldId[];

/** Every item of the field rated `level`, then the overrides. */
function ratings(
  field: SpecialtyFieldId,
  level: number | null,
  overrides: Partial<Record<SkillItemId, number | null>> = {},
): Map<SkillItemId, number | null> {
  const map = new Map<SkillItemId, number | null>(skillItemsOfField(field).map((s) => [s.id, level]));
  for (const [item, value] of Object.entries(overrides)) map.set(item as SkillItemId, value ?? null);
  return map;
}

describe("what seed 000 describes", () => {
  it.each(FIELDS)(
    "%s: the six common items at levels 1-2, all seven items from 3 to the top, nothing above",
    (field) => {
      expect(describedItemsAt(field, 1)).toEqual(COMMON);
      expect(describedItemsAt(field, 2)).toEqual(COMMON);
      for (let level = 3; level <= TOP[field]; level++)
        expect([...describedItemsAt(field, level)].sort()).toEqual([...COMMON, OWN[field]].sort());
      for (let level = TOP[field] + 1; level <= 7; level++)
        expect(describedItemsAt(field, level)).toEqual([]);
      expect(attainableSkillLevels(field)).toEqual([1, 2, 3, 4, 5, 6].slice(0, TOP[field]));
      expect(describedLevelsOf(field, OWN[field])).toEqual([3, 4, 5, 6].slice(0, TOP[field] - 2));
    },
  );

  it("gives IT Service Management fields nothing", () => {
    expect(attainableSkillLevels("service-desk")).toEqual([]);
  });
});

describe("skillLevel boundaries per field", () => {
  it.each(FIELDS)(
    "%s: every item rated L gives L up to the field's top, never the empty levels above",
    (field) => {
      for (let level = 1; level <= 7; level++)
        expect(skillLevel(ratings(field, level), field).level).toBe(Math.min(level, TOP[field]));
    },
  );

  it.each(FIELDS)("%s: one item a level short holds the person one level down at threshold 1", (field) => {
    for (let level = 2; level <= TOP[field]; level++) {
      const r = ratings(field, level, { leadership: level - 1 });
      expect(skillLevel(r, field, 1).level).toBe(level - 1);
      // 6 of 7 items (levels 3+) or 5 of 6 (levels 1-2) reach 80%.
      expect(skillLevel(r, field, 0.8).level).toBe(level);
    }
  });

  it.each(FIELDS)("%s: the field's own item short of the top holds the top back", (field) => {
    const r = ratings(field, 7, { [OWN[field]]: TOP[field] - 1 });
    expect(skillLevel(r, field).level).toBe(TOP[field] - 1);
    expect(skillLevel(r, field, 0.8).level).toBe(TOP[field]);
  });

  it("at 0.8, two items short of a level from 3 up are too many (5 of 7 is 71%)", () => {
    const r = ratings("hardware", 4, { leadership: 3, negotiation: 3 });
    expect(skillLevel(r, "hardware", 0.8).level).toBe(3);
    const at4 = skillLevel(r, "hardware", 0.8).perLevel[3]!;
    expect(at4).toEqual({ level: 4, rated: 5, described: 7, share: 5 / 7, met: false });
  });

  it("the own item counts from level 3 only: rated 1 it neither helps nor blocks levels 1-2", () => {
    const r = ratings("software", 2, { "software-technology": 1 });
    expect(skillLevel(r, "software").level).toBe(2);
  });

  it("a rating above the field's top counts at every level the field describes", () => {
    expect(skillLevel(ratings("hardware", 7), "hardware").perLevel.map((p) => p.met)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it("ignores ratings of items that are not the field's", () => {
    const r = ratings("hardware", 4, { "software-technology": 1, "facility-management": 7 });
    expect(skillLevel(r, "hardware").level).toBe(4);
  });
});

describe("blank ratings", () => {
  it("count against the share: one blank common item fails level 1 at threshold 1", () => {
    const r = ratings("hardware", 5, { communication: null });
    const result = skillLevel(r, "hardware");
    expect(result.level).toBe(0);
    expect(result.perLevel[0]).toEqual({ level: 1, rated: 5, described: 6, share: 5 / 6, met: false });
    expect(skillLevel(r, "hardware", 0.8).level).toBe(5);
  });

  it("a missing item counts as blank", () => {
    const r = ratings("facility-management", 6);
    r.delete("facility-management");
    expect(skillLevel(r, "facility-management").level).toBe(2);
  });

  it("nothing rated is level 0, not a problem", () => {
    expect(skillLevel(new Map(), "software")).toMatchObject({ level: 0, problems: [] });
  });
});

describe("levels must be consecutive", () => {
  it("a level that qualifies above a level that does not is not attained", () => {
    // At 0.85: 6 of 7 (86%) qualifies at levels 3-5, 5 of 6 (83%) does not at levels 1-2.
    const r = ratings("hardware", 5, { negotiation: null });
    const result = skillLevel(r, "hardware", 0.85);
    expect(result.perLevel.map((p) => p.met)).toEqual([false, false, true, true, true, false, false]);
    expect(result.level).toBe(0);
  });
});

describe("thresholds", () => {
  it("a share typed with rounding still meets it (6/7 against 0.857142857142857)", () => {
    const r = ratings("hardware", 3, { leadership: 2 });
    expect(skillLevel(r, "hardware", 0.857142857142857).level).toBe(3);
  });

  it.each([0, -0.5, 1.01, 80, NaN])("refuses %p", (threshold) => {
    const result = skillLevel(ratings("hardware", 3), "hardware", threshold);
    expect(result.level).toBeNull();
    expect(result.problems.map((p) => p.kind)).toEqual(["threshold"]);
    expect(result.problems[0]?.message.en).toContain("greater than 0 and at most 1");
    expect(result.problems[0]?.message.ja).toContain("0より大きく1以下");
  });
});

describe("problems", () => {
  it("IT Service Management fields have no skill items", () => {
    const result = skillLevel(new Map(), "operations");
    expect(result.level).toBeNull();
    expect(result.problems[0]?.kind).toBe("no-skill-items");
    expect(result.problems[0]?.message.en).toBe(
      "Operations has no skill items: the IT Skill Standard seeds describe skill proficiency for the Customer Service fields only (Hardware, Software, Facility Management).",
    );
    expect(result.problems[0]?.message.ja).toContain("オペレーションにはスキル項目がありません");
  });

  it.each([0, 8, 2.5])("a rating of %p in the map names the item, the value and what is valid", (bad) => {
    const result = skillLevel(ratings("hardware", 3, { leadership: bad }), "hardware");
    expect(result.level).toBeNull();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message.en).toBe(
      `Column "Leadership": "${bad}" is not a skill rating. Valid: a level from 1 to 7 (such as 3, Lv3, Lv.3, L3, レベル3), or blank when not rated.`,
    );
    expect(result.problems[0]?.message.ja).toContain(`「リーダーシップ」列：「${bad}」`);
  });
});
