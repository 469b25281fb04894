/**
 * The Skills sheet's rating validation formulas mean what seed 000 says: a rating is
 * accepted only at a level the row's field defines for the item. The formulas are
 * evaluated here by a small test-only reader of the few functions they use.
 */
import { skillsTemplate } from "../../src/core/skills/sheets";
import { SKILL_FIELDS, SKILLS_VALIDATION } from "../../src/core/skills";
import { specialtyField, type SkillItemId } from "../../src/core/catalog";

/** Evaluates =OR/AND/INT comparisons with the field and rating cells substituted. */
function accepts(formula: string, field: string, rating: number | ""): boolean {
  const js = formula
    .slice(1)
    .replace(/\$[A-Z]+2/g, JSON.stringify(field))
    .replace(/\b[A-Z]2\b/g, JSON.stringify(rating))
    .replace(/(?<![<>])=(?!=)/g, "===")
    .replace(/<>/g, "!==")
    .replace(/\bOR\(/g, "or(")
    .replace(/\bAND\(/g, "and(")
    .replace(/\bINT\(/g, "int(");
  const or = (...a: boolean[]) => a.some(Boolean);
  const and = (...a: boolean[]) => a.every(Boolean);
  const int = (v: unknown) => (typeof v === "number" ? Math.floor(v) : NaN);
  return new Function("or", "and", "int", `return (${js});`)(or, and, int) as boolean;
}

describe.each(["en", "ja"] as const)("rating validation in %s", (lang) => {
  const template = skillsTemplate({ lang, sampleRows: false });
  const ratings = template.columns.filter((c) => c.rule.kind === "custom");

  it("has one formula per skill item, each under Excel's 255-character limit", () => {
    expect(ratings).toHaveLength(9);
    for (const c of ratings)
      if (c.rule.kind === "custom") expect(c.rule.formula.length).toBeLessThanOrEqual(255);
  });

  it("accepts exactly the levels each field defines for the item, and blank", () => {
    for (const column of ratings) {
      if (column.rule.kind !== "custom") continue;
      const item = column.key as SkillItemId;
      for (const field of SKILL_FIELDS) {
        const name = specialtyField(field).name[lang];
        const allowed = SKILLS_VALIDATION[field][item];
        for (let level = 0; level <= 8; level++) {
          const expected =
            allowed.length > 0 && level >= Math.min(...allowed) && level <= Math.max(...allowed);
          expect([item, field, level, accepts(column.rule.formula, name, level)]).toEqual([
            item,
            field,
            level,
            expected,
          ]);
        }
        expect(accepts(column.rule.formula, name, "")).toBe(true);
        expect(accepts(column.rule.formula, name, 3.5)).toBe(false);
      }
    }
  });
});
