import {
  evaluateSizeRule,
  formatSizeRule,
  parseSizeRule,
  SizeRuleSyntaxError,
} from "../../src/core/engine/size-rule";

const zero = { Scope: 0, Rooms: 0, Area: 0, Sites: 0, Staff: 0, Value: 0, Users: 0, Complexity: 0 };

describe("size rules", () => {
  const rule = parseSizeRule(
    "Staff >= 35 or Value >= 350 or ((Staff >= 15 or Value >= 150) and Complexity >= 4)",
  );

  it.each([
    [{ Staff: 35 }, true],
    [{ Staff: 34 }, false],
    [{ Value: 350 }, true],
    [{ Staff: 15, Complexity: 4 }, true],
    [{ Staff: 15, Complexity: 3 }, false],
    [{ Value: 149, Complexity: 7 }, false],
  ])("evaluates %p as %p", (values, expected) => {
    expect(evaluateSizeRule(rule, { ...zero, ...values })).toBe(expected);
  });

  it("binds 'and' tighter than 'or'", () => {
    const r = parseSizeRule("Staff >= 1 or Value >= 1 and Users >= 1");
    expect(evaluateSizeRule(r, { ...zero, Staff: 1 })).toBe(true);
    expect(evaluateSizeRule(r, { ...zero, Value: 1 })).toBe(false);
  });

  it("reads full column names, Japanese names, ≥ and quoted scope names", () => {
    const r = parseSizeRule('年間契約金額 ≥ 100 or Scope >= "業界・広域"');
    expect(evaluateSizeRule(r, { ...zero, Value: 100 })).toBe(true);
    expect(evaluateSizeRule(r, { ...zero, Scope: 2 })).toBe(true);
    expect(evaluateSizeRule(r, { ...zero, Scope: 1 })).toBe(false);
    expect(
      evaluateSizeRule(parseSizeRule("Contract Value > 5 and not (Floor Area < 10)"), {
        ...zero,
        Value: 6,
        Area: 10,
      }),
    ).toBe(true);
  });

  it("renders a rule for people in both languages", () => {
    expect(formatSizeRule(rule, "en")).toBe(
      "Staff ≥ 35 or Contract Value ≥ 350 or ((Staff ≥ 15 or Contract Value ≥ 150) and Complexity ≥ 4)",
    );
    expect(formatSizeRule(rule, "ja")).toContain("要員数 ≥ 35 または 年間契約金額 ≥ 350");
  });

  it.each([
    ["Staff >= ", "a number"],
    ["Salary >= 3", 'a known column instead of "Salary"'],
    ["Staff >= 3 Value >= 4", '"and", "or" or the end of the rule'],
    ["(Staff >= 3", '")"'],
    ['Scope >= "Galaxy"', "a scope name"],
    ["process.exit(1)", "a column name"],
  ])("rejects %p naming what was expected", (text, expected) => {
    expect(() => parseSizeRule(text)).toThrow(SizeRuleSyntaxError);
    expect(() => parseSizeRule(text)).toThrow(expected);
  });
});
