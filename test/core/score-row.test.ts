import fc from "fast-check";
import { runs } from "../helpers/property";
import { gapLines, scoreRow } from "../../src/core/engine/score-row";
import { mapHeaders } from "../../src/core/roster/header-map";
import { ROSTER_COLUMNS } from "../../src/core/roster/columns";
import { cells, HEADERS, type RowSpec } from "../helpers/roster";

const score = (spec: RowSpec, target?: number) => scoreRow(cells(spec), { headers: HEADERS, row: 7, target });

describe("reading a row by header names", () => {
  it("accepts Japanese headers in any order, ignoring case, spaces and width", () => {
    const headers = mapHeaders([
      "複雑性",
      "ROLE",
      "専門 分野",
      "実績件数",
      "対象範囲",
      "ｔｈｅｍｅｓ",
      "Unrelated note",
    ]);
    const result = scoreRow([2, "メンバー", "ハードウェア", "１", "特定ユーザー", 1, "keep me"], { headers });
    expect(result.level).toBe(3);
    expect(headers.extras).toEqual([6]);
  });

  it("normalises full-width digits, thousands separators and yes/no variants", () => {
    const base: RowSpec = {
      "Specialty Field": "Operations Management",
      Role: "Leader",
      Years: "２",
      Complexity: 2,
      Themes: 1,
      Succession: 1,
    };
    for (const yes of ["yes", "Y", "TRUE", "1", "○", "✓", "はい", "有"]) {
      expect(score({ ...base, "Contract Value": "1,500", Mentoring: yes }).level).toBe(4);
    }
    for (const no of ["no", "n", "false", "0", "×", "", "いいえ", "無"]) {
      expect(score({ ...base, "Contract Value": "１，５００", Mentoring: no }).level).toBe(3);
    }
  });

  it("infers the job category from the field when the category is blank", () => {
    expect(
      score({ "Specialty Field": "サービスデスク", Role: "Member", Years: 2, Complexity: 2, Themes: 1 })
        .level,
    ).toBe(3);
  });

  it("warns about a header that is a near miss of a roster column", () => {
    const headers = mapHeaders(["Speciality Feild", "Role"]);
    expect(headers.warnings).toEqual([
      expect.objectContaining({ header: "Speciality Feild", suggestion: "Specialty Field" }),
    ]);
  });
});

describe("validation errors as data", () => {
  it("names the row, column, value, what is valid, and suggests the near miss", () => {
    const result = score({ "Specialty Field": "Hardwear", Role: "Member" });
    expect(result.level).toBeNull();
    expect(result.problems).toHaveLength(1);
    const [p] = result.problems;
    expect(p).toMatchObject({
      row: 7,
      column: "field",
      header: "Specialty Field",
      value: "Hardwear",
      suggestion: "Hardware",
    });
    expect(p?.message.en).toBe(
      'Row 7, column "Specialty Field": "Hardwear" is not a specialty field. Valid: Hardware, Software, Facility Management, ' +
        "Operations Management, System Management, Operations, Service Desk. Did you mean Hardware?",
    );
    expect(p?.message.ja).toContain("7行目");
    expect(p?.message.ja).toContain("もしかして「Hardware」");
  });

  it("rejects a field under the wrong category", () => {
    const result = score({ "Job Category": "IT Service Management", "Specialty Field": "Hardware" });
    expect(result.level).toBeNull();
    expect(result.problems[0]?.message.en).toMatch(
      /"Hardware" is not a field of IT Service Management. Valid: Operations Management, System Management, Operations, Service Desk/,
    );
  });

  it.each([
    ["Projects", -1, /"-1" is not a whole number of 0 or more/],
    ["Projects", "two", /"two" is not a whole number/],
    ["Projects", 1.5, /"1.5" is not a whole number/],
    ["Years", "abc", /"abc" is not a number of 0 or more/],
    ["Complexity", 7, /"7" is more than the 6 complexity criteria Hardware lists. Valid: 0 to 6/],
    ["Role", "Boss", /"Boss" is not a role. Valid: Member, Leader, Responsible/],
    ["Scope", "Galaxy", /"Galaxy" is not a scope/],
    ["Mentoring", "maybe", /"maybe" is not yes or no/],
  ] as const)("rejects %s = %p", (column, value, message) => {
    const result = score({ "Specialty Field": "Hardware", [column]: value });
    expect(result.level).toBeNull();
    expect(result.problems.map((p) => p.message.en).join(" ")).toMatch(message);
  });

  it("reports an empty field as a problem, not a crash", () => {
    expect(score({ Role: "Member" }).problems[0]?.message.en).toMatch(/"Specialty Field": is empty/);
  });

  it("reports every bad cell of a row, not only the first", () => {
    expect(score({ "Specialty Field": "Hardware", Projects: -1, Themes: "x" }).problems).toHaveLength(2);
  });
});

describe("gaps", () => {
  const hw3: RowSpec = {
    "Specialty Field": "Hardware",
    Role: "Member",
    Projects: 1,
    Complexity: 2,
    Scope: "Specific users",
    Themes: 1,
    Succession: 1,
  };

  it("lists every unmet criterion of the next level, naming the column and numbers", () => {
    const result = score(hw3);
    expect(result.level).toBe(3);
    expect(result.target).toBe(4);
    expect(result.gaps.map((g) => g.message.en)).toEqual([
      "Role Responsible or higher needed for level 4 (has Member)",
      "Projects 1 of 2 needed for level 4",
      'Size for level 4 needs Scope ≥ "Industry or wide area" or (Scope ≥ "Specific users" and Complexity ≥ 4) (has Scope Specific users, Complexity 2)',
      'Mentoring "yes" needed for level 4',
    ]);
    expect(result.gaps.map((g) => g.message.ja)[1]).toBe("レベル4には実績件数が2以上必要です（現在1）");
  });

  it("reports gaps for a requested target level", () => {
    const result = score(
      { ...hw3, Role: "Responsible", Projects: 3, Scope: "Whole industry", Mentoring: "yes" },
      5,
    );
    expect(result.gaps.map((g) => g.message.en)).toEqual(["Succession 1 of 3 needed for level 5"]);
  });

  it("has no gaps when the target is already met, or at the top of the field", () => {
    expect(score(hw3, 3).gaps).toEqual([]);
    const top = score({
      "Specialty Field": "Service Desk",
      Role: "Leader",
      Years: 2,
      Complexity: 2,
      Staff: 20,
      Themes: 1,
      Succession: 1,
      Mentoring: "yes",
    });
    expect(top.level).toBe(4);
    expect(top.target).toBeNull();
    expect(top.gaps).toEqual([]);
  });

  it("offers the AP route for level 3 in V3, and explains the reading of levels 1-2", () => {
    const result = score({ "Specialty Field": "Hardware", Role: "Member" });
    expect(result.target).toBe(1);
    expect(result.gaps.map((g) => g.message.en).at(-1)).toMatch(/^Level 1 is read as/);
    const l2 = score({
      "Specialty Field": "Hardware",
      Role: "Member",
      Projects: 1,
      Complexity: 1,
      Themes: 1,
    });
    expect(l2.gaps.map((g) => g.message.en).at(-1)).toMatch(/ITEE AP/);
  });
});

describe("properties", () => {
  const evidence = fc.record({
    field: fc.constantFrom(
      "Hardware",
      "Software",
      "Facility Management",
      "Operations Management",
      "System Management",
      "Operations",
      "Service Desk",
    ),
    role: fc.integer({ min: 0, max: 3 }),
    scope: fc.integer({ min: 0, max: 3 }),
    projects: fc.integer({ min: 0, max: 6 }),
    years: fc.integer({ min: 0, max: 8 }),
    complexity: fc.integer({ min: 0, max: 4 }),
    rooms: fc.integer({ min: 0, max: 8 }),
    area: fc.integer({ min: 0, max: 8000 }),
    sites: fc.integer({ min: 0, max: 400 }),
    staff: fc.integer({ min: 0, max: 300 }),
    value: fc.integer({ min: 0, max: 3000 }),
    users: fc.integer({ min: 0, max: 5000 }),
    themes: fc.integer({ min: 0, max: 3 }),
    succession: fc.integer({ min: 0, max: 6 }),
    international: fc.boolean(),
    mentoring: fc.boolean(),
    ap: fc.boolean(),
  });
  type Ev = typeof evidence extends fc.Arbitrary<infer T> ? T : never;
  const ROLE = ["", "Member", "Leader", "Responsible"];
  const SCOPE = ["", "Specific users", "Industry or wide area", "Whole industry"];
  const toRow = (e: Ev): RowSpec => ({
    "Specialty Field": e.field,
    Role: ROLE[e.role],
    Scope: SCOPE[e.scope],
    Projects: e.projects,
    Years: e.years,
    Complexity: e.complexity,
    "Computer Rooms": e.rooms,
    "Floor Area": e.area,
    Sites: e.sites,
    Staff: e.staff,
    "Contract Value": e.value,
    Users: e.users,
    Themes: e.themes,
    Succession: e.succession,
    International: e.international,
    Mentoring: e.mentoring,
    "ITEE AP": e.ap,
  });
  const raisable = [
    "role",
    "scope",
    "projects",
    "years",
    "complexity",
    "rooms",
    "area",
    "sites",
    "staff",
    "value",
    "users",
    "themes",
    "succession",
    "international",
    "mentoring",
    "ap",
  ] as const;

  it("raising any evidence value never lowers the level", () => {
    fc.assert(
      fc.property(
        evidence,
        fc.constantFrom(...raisable),
        fc.integer({ min: 1, max: 500 }),
        fc.constantFrom<"V2" | "V3">("V2", "V3"),
        (e, key, by, edition) => {
          const before = scoreRow(cells(toRow(e)), { headers: HEADERS, edition }).level;
          const raised = { ...e } as Record<string, unknown>;
          const current = raised[key];
          if (typeof current === "boolean") raised[key] = true;
          else if (key === "role" || key === "scope") raised[key] = Math.min(3, (current as number) + 1);
          else if (key === "complexity") raised[key] = Math.min(4, (current as number) + 1);
          else raised[key] = (current as number) + by;
          const after = scoreRow(cells(toRow(raised as Ev)), { headers: HEADERS, edition }).level;
          expect(before).not.toBeNull();
          expect(after).toBeGreaterThanOrEqual(before as number);
        },
      ),
      { numRuns: runs(3000) },
    );
  });

  it("gives the gap sentences of a fresh score (gapLines) as its gaps' messages, in order, in both languages", () => {
    fc.assert(
      fc.property(
        evidence,
        fc.constantFrom<"V2" | "V3">("V2", "V3"),
        fc.option(fc.integer({ min: 1, max: 7 }), { nil: undefined }),
        fc.constantFrom<"en" | "ja">("en", "ja"),
        (e, edition, target, lang) => {
          const options = { headers: HEADERS, edition, target };
          const lines = gapLines(scoreRow(cells(toRow(e)), options), lang);
          const gaps = scoreRow(cells(toRow(e)), options).gaps.map((g) => g.message[lang]);
          expect(lines).toEqual(gaps);
        },
      ),
      { numRuns: runs(1000) },
    );
  });

  it("never throws on arbitrary cell values, and a bad row gets problems instead of a level", () => {
    const anyCell = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.constantFrom(
        "Hardware",
        "サービスデスク",
        "Responsible",
        "yes",
        "１，０００",
        "-3",
        "Whole industry",
      ),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.date(),
    );
    fc.assert(
      fc.property(fc.array(anyCell, { maxLength: ROSTER_COLUMNS.length + 3 }), (row) => {
        const result = scoreRow(row, { headers: HEADERS, row: 2 });
        if (result.level === null) expect(result.problems.length).toBeGreaterThan(0);
        else expect(result.level).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: runs(2000) },
    );
  });
});
