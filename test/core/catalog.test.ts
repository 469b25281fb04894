/** The catalog checked against the structure of the seeds (shared/seeds/README.md). */
import {
  CMBOK_COMPETENCIES,
  CMBOK_DROPPED_FROM_1_0,
  cmbokCodes,
  SKILL_ITEMS,
  SKILL_PROFICIENCY,
  skillItemsOfField,
  SPECIALTY_FIELDS,
  JOB_CATEGORIES,
  type Localized,
} from "../../src/core/catalog";
import { KPI_TEXT, kpiText } from "../../src/core/catalog/kpi-text";
import { SKILL_KNOWLEDGE } from "../../src/core/catalog/skill-knowledge";
import { publishedRuleList } from "../../src/core/engine/published-rules";

const KPI_RULES = publishedRuleList();

const FIELD_LEVELS: Record<string, number[]> = {
  hardware: [1, 2, 3, 4, 5],
  software: [1, 2, 3, 4, 5],
  "facility-management": [1, 2, 3, 4, 5, 6],
  "operations-management": [3, 4, 5, 6, 7],
  "system-management": [3, 4, 5, 6],
  operations: [3, 4],
  "service-desk": [3, 4],
};

describe("fields and levels", () => {
  it("has the seven specialty fields with the levels the seeds define", () => {
    expect(Object.fromEntries(SPECIALTY_FIELDS.map((f) => [f.id, [...f.levels]]))).toEqual(FIELD_LEVELS);
  });

  it.each(["V3", "V2"] as const)(
    "has a KPI rule and KPI text for every field and level in edition %s",
    (edition) => {
      for (const [field, levels] of Object.entries(FIELD_LEVELS)) {
        const itsm = !["hardware", "software", "facility-management"].includes(field);
        const ruleEdition = itsm ? "V3" : edition;
        const ruleLevels = KPI_RULES.filter((r) => r.field === field && r.edition === ruleEdition).map(
          (r) => r.level,
        );
        expect([field, ruleLevels]).toEqual([field, levels]);
        for (const level of levels) {
          const text = kpiText(field as never, level, edition);
          expect(text).toBeDefined();
          expect(text?.level).toBe(level);
        }
      }
    },
  );

  it("keeps both Customer Service editions as the seeds publish them (V2: levels 1-6 with common 1-2; V3: 3-6)", () => {
    const cs = (e: string) => KPI_TEXT.filter((t) => t.category === "customer-service" && t.edition === e);
    expect(
      cs("V2")
        .map((t) => `${t.field}:${t.level}`)
        .sort(),
    ).toEqual(
      [
        "common:1",
        "common:2",
        "facility-management:3",
        "facility-management:4",
        "facility-management:5",
        "facility-management:6",
        "hardware:3",
        "hardware:4",
        "hardware:5",
        "software:3",
        "software:4",
        "software:5",
      ].sort(),
    );
    expect(cs("V3")).toHaveLength(10);
    expect(KPI_TEXT.filter((t) => t.category === "it-service-management")).toHaveLength(13);
  });

  it("lists the complexity criteria the spec counts for each field", () => {
    const counts = Object.fromEntries(SPECIALTY_FIELDS.map((f) => [f.id, f.complexityCriteria]));
    expect(counts).toEqual({
      hardware: 6,
      software: 6,
      "facility-management": 4,
      "operations-management": 7,
      "system-management": 5,
      operations: 4,
      "service-desk": 5,
    });
    expect(kpiText("hardware", 4, "V3")?.complexity.items).toHaveLength(6);
    expect(kpiText("facility-management", 4, "V3")?.complexity.items).toHaveLength(4);
    expect(kpiText("operations-management", 7, "V3")?.complexity.items).toHaveLength(7);
  });

  it("carries the AP remark on every V3 level 3 and succession items from level 4 up", () => {
    for (const t of KPI_TEXT.filter((t) => t.edition === "V3")) {
      if (t.level === 3) expect(t.remarks?.[0]?.en).toMatch(/"AP"/);
      if (t.level >= 4) {
        expect(t.succession?.items.length).toBe(7);
        expect(t.mentoring).toBeDefined();
      }
    }
  });
});

describe("skill proficiency (seed 000)", () => {
  it("has the nine skill items, six of them common", () => {
    expect(SKILL_ITEMS).toHaveLength(9);
    expect(SKILL_ITEMS.filter((s) => s.common)).toHaveLength(6);
    expect(skillItemsOfField("facility-management").map((s) => s.id)).toContain("facility-management");
    expect(skillItemsOfField("operations")).toEqual([]);
  });

  it.each([
    ["hardware", [3, 4, 5]],
    ["software", [3, 4, 5]],
    ["facility-management", [3, 4, 5, 6]],
    ["common", [1, 2]],
  ] as const)("describes every skill item of %s at levels %p and nowhere else", (field, levels) => {
    const items = field === "common" ? SKILL_ITEMS.filter((s) => s.common) : skillItemsOfField(field);
    for (const item of items) {
      const described = SKILL_PROFICIENCY.filter((p) => p.field === field && p.skillItem === item.id).map(
        (p) => p.level,
      );
      expect([item.id, described]).toEqual([item.id, levels]);
      if (field !== "common")
        expect(
          SKILL_KNOWLEDGE.find((k) => k.field === field && k.skillItem === item.id)?.items.length,
        ).toBeGreaterThan(0);
    }
  });
});

describe("CMBOK (seed 004)", () => {
  it("has 57 competencies in 1.0 and 93 in 2.0, codes unique per version", () => {
    expect(cmbokCodes("1.0")).toHaveLength(57);
    expect(cmbokCodes("2.0")).toHaveLength(93);
    expect(new Set(cmbokCodes("2.0")).size).toBe(93);
  });

  it("accounts for every 1.0 competency: continued by exactly one 2.0 competency, or dropped", () => {
    const v2 = CMBOK_COMPETENCIES.filter((c) => c.version === "2.0");
    for (const code of cmbokCodes("1.0")) {
      const continued = v2.filter((c) => c.from === code).length;
      const dropped = CMBOK_DROPPED_FROM_1_0.filter((d) => d.code === code).length;
      expect([code, continued + dropped]).toEqual([code, 1]);
    }
    for (const c of v2)
      expect(c.change === "new" ? c.from : c.from !== undefined).toBe(c.change === "new" ? undefined : true);
  });

  it("marks renamed and unchanged competencies consistently with their names", () => {
    const byCode = new Map(CMBOK_COMPETENCIES.filter((c) => c.version === "1.0").map((c) => [c.code, c]));
    for (const c of CMBOK_COMPETENCIES.filter((c) => c.version === "2.0" && c.change === "unchanged")) {
      expect(c.from).toBe(c.code);
    }
    const op3 = CMBOK_COMPETENCIES.find((c) => c.version === "2.0" && c.code === "OP-3");
    expect(op3).toMatchObject({ change: "renamed", from: "OP-2" });
    expect(byCode.get("OP-2")?.nameJa).toBe("スタッフィングとスケジューリング");
  });
});

describe("both languages", () => {
  const all: Localized[] = [
    ...JOB_CATEGORIES.flatMap((c) => [c.name, c.description]),
    ...SPECIALTY_FIELDS.flatMap((f) => [f.name, f.description]),
    ...SKILL_ITEMS.map((s) => s.name),
    ...SKILL_PROFICIENCY.map((p) => p.description),
    ...KPI_TEXT.flatMap((t) => [
      t.summary,
      t.responsibilities,
      t.complexity.intro,
      ...t.complexity.items,
      t.size.intro,
      ...t.size.items,
      t.themes.intro,
      ...t.themes.items,
    ]),
    ...CMBOK_COMPETENCIES.flatMap((c) => [c.domain, c.area, { en: c.nameEn, ja: c.nameJa }]),
  ];
  it("has English and Japanese text for every name and criterion", () => {
    for (const text of all) {
      expect(text.en.trim()).not.toBe("");
      expect(text.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});
