/**
 * The compiled level program (engine/level-program.ts) against the criteria it is
 * compiled from: for any evidence and any rule table, the level the flat predicate
 * list finds is the level the criteria's own `holds` checks give, and the gaps name
 * exactly the criteria that do not hold.
 */
import fc from "fast-check";
import { publishedRuleList } from "../../src/core/engine/published-rules";
import { readRulesTable, RULE_COLUMNS, ruleToCells } from "../../src/core/engine/rules-table";
import type { RuleSet } from "../../src/core/engine/rule-set";
import { scoreEvidence } from "../../src/core/engine/score-row";
import { publishedRules } from "../../src/core/engine/published-rules";
import type { Evidence } from "../../src/core/roster/read-row";
import { runs } from "../helpers/property";

const FIELDS = [
  "hardware",
  "software",
  "facility-management",
  "operations-management",
  "system-management",
  "operations",
  "service-desk",
] as const;

const evidence: fc.Arbitrary<Evidence> = fc.record({
  employeeId: fc.constant("E1"),
  name: fc.constant(""),
  department: fc.constant(""),
  category: fc.constant(null),
  field: fc.constantFrom(...FIELDS),
  role: fc.integer({ min: 0, max: 3 }),
  scope: fc.integer({ min: 0, max: 3 }),
  projects: fc.integer({ min: 0, max: 5 }),
  years: fc.constantFrom(0, 0.5, 1, 2, 2.5, 3, 4),
  complexity: fc.integer({ min: 0, max: 7 }),
  rooms: fc.integer({ min: 0, max: 7 }),
  area: fc.constantFrom(0, 0.5, 1999, 2000, 4999, 5000, 9000),
  sites: fc.constantFrom(0, 1, 99, 100, 299, 300, 500),
  staff: fc.constantFrom(0, 14, 15, 19, 20, 29, 30, 35, 75, 150, 250, 400),
  value: fc.constantFrom(0, 99, 100, 150, 300, 350, 750, 1500, 2500, 4000),
  users: fc.constantFrom(0, 2999, 3000, 9000),
  themes: fc.integer({ min: 0, max: 3 }),
  succession: fc.integer({ min: 0, max: 6 }),
  international: fc.boolean(),
  mentoring: fc.boolean(),
  ap: fc.boolean(),
});

/** The level as the criteria objects give it, one `holds` call at a time. */
function referenceLevel(e: Evidence, rules: RuleSet, edition: "V2" | "V3"): number {
  let level = 0;
  for (const l of e.field === null ? [] : rules.levels(e.field, edition)) {
    const all = l.criteria.every((c) => c.holds(e));
    const viaAp = !all && edition === "V3" && l.rule.apQualifies === true && e.ap;
    if ((all || viaAp) && l.level > level) level = l.level;
  }
  return level;
}

/** A company's table that uses every operator of the size rule syntax. */
const companyRules: RuleSet = (() => {
  const header = RULE_COLUMNS.map((c) => c.header.en);
  const sizeAt = header.indexOf("Size Rule");
  const sizes = [
    "not (Staff < 35) or Value > 349 or (Users <= 10 and Complexity = 3)",
    "Area > 0 and not Rooms >= 4 or Sites = 100",
    'Scope = "Industry or wide area" or Scope > 2',
  ];
  const rows = publishedRuleList().map((r, i) => {
    const cells = ruleToCells(r, "en");
    if (r.size !== undefined) cells[sizeAt] = sizes[i % sizes.length] as string;
    return cells;
  });
  const result = readRulesTable([header, ...rows]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.ruleSet;
})();

describe("the compiled level program", () => {
  it.each([
    ["published", publishedRules()],
    ["company", companyRules],
  ] as const)("finds the level the criteria give, with the %s rules", (_, rules) => {
    fc.assert(
      fc.property(evidence, fc.constantFrom<"V2" | "V3">("V2", "V3"), (e, edition) => {
        const score = scoreEvidence(e, [], { rules, edition });
        expect(score.level).toBe(referenceLevel(e, rules, edition));
        const target = score.target;
        if (target === null) return;
        const compiled = rules.levels(e.field ?? "hardware", edition).find((l) => l.level === target);
        const unmet = compiled?.criteria.filter((c) => !c.holds(e)) ?? [];
        expect(score.gaps.filter((g) => g.criterion !== null).map((g) => g.criterion)).toEqual(unmet);
      }),
      { numRuns: runs(2000) },
    );
  });

  it("keeps the per-level checks for callers that read them", () => {
    const e: Evidence = {
      employeeId: "",
      name: "",
      department: "",
      category: "customer-service",
      field: "hardware",
      role: 1,
      scope: 1,
      projects: 1,
      years: 0,
      complexity: 2,
      rooms: 0,
      area: 0,
      sites: 0,
      staff: 0,
      value: 0,
      users: 0,
      themes: 1,
      succession: 0,
      international: false,
      mentoring: false,
      ap: false,
    };
    const score = scoreEvidence(e, []);
    expect(score.level).toBe(3);
    expect(score.checks.map((c) => [c.level, c.attained])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, false],
      [5, false],
    ]);
    expect(JSON.parse(JSON.stringify(score))).toMatchObject({ level: 3, target: 4, row: null });
  });
});
