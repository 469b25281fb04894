/**
 * Every level of every field at the boundaries of shared/spec/roster-and-kpi.md.
 * The spec's tables are transcribed here independently of src/core/catalog/kpi-rules.ts,
 * so a wrong threshold in the catalog fails these tests.
 */
import { scoreRow } from "../../src/core/engine/score-row";
import type { Edition } from "../../src/core/catalog/types";
import { cells, HEADERS, type RowSpec } from "../helpers/roster";

function level(spec: RowSpec, edition: Edition = "V3"): number | null {
  return scoreRow(cells(spec), { headers: HEADERS, edition }).level;
}

interface LevelCase {
  field: string;
  level: number;
  /** The smallest row that attains the level. */
  meets: RowSpec;
  /** Each criterion pushed just below its threshold. */
  below: Record<string, RowSpec>;
}

const HW_SW = (field: "Hardware" | "Software"): LevelCase[] => [
  {
    field,
    level: 3,
    meets: {
      "Specialty Field": field,
      Role: "Member",
      Projects: 1,
      Complexity: 2,
      Scope: "Specific users",
      Themes: 1,
    },
    below: {
      projects: { Projects: 0 },
      complexity: { Complexity: 1 },
      scope: { Scope: "" },
      themes: { Themes: 0 },
      role: { Role: "" },
    },
  },
  {
    field,
    level: 4,
    meets: {
      "Specialty Field": field,
      Role: "Responsible",
      Projects: 2,
      Complexity: 2,
      Scope: "Industry or wide area",
      Themes: 1,
      Succession: 1,
      Mentoring: "yes",
    },
    below: {
      role: { Role: "Leader" },
      projects: { Projects: 1 },
      complexity: { Complexity: 1 },
      scope: { Scope: "Specific users" },
      themes: { Themes: 0 },
      succession: { Succession: 0 },
      mentoring: { Mentoring: "no" },
    },
  },
  {
    field,
    level: 5,
    meets: {
      "Specialty Field": field,
      Role: "Responsible",
      Projects: 3,
      Complexity: 2,
      Scope: "Whole industry",
      Themes: 1,
      Succession: 3,
      Mentoring: "yes",
    },
    below: {
      projects: { Projects: 2 },
      scope: { Scope: "Industry or wide area" },
      succession: { Succession: 2 },
      mentoring: { Mentoring: "" },
      role: { Role: "Leader" },
    },
  },
];

const FM: LevelCase[] = [
  {
    field: "Facility Management",
    level: 3,
    meets: {
      "Specialty Field": "Facility Management",
      Role: "Member",
      Projects: 1,
      Complexity: 2,
      Sites: 1,
      Themes: 1,
    },
    below: {
      facility: { Sites: 0 },
      projects: { Projects: 0 },
      complexity: { Complexity: 1 },
      themes: { Themes: 0 },
    },
  },
  {
    field: "Facility Management",
    level: 4,
    meets: {
      "Specialty Field": "Facility Management",
      Role: "Responsible",
      Projects: 2,
      Complexity: 2,
      "Floor Area": 1,
      Themes: 1,
      Succession: 1,
      Mentoring: "yes",
    },
    below: {
      role: { Role: "Leader" },
      projects: { Projects: 1 },
      facility: { "Floor Area": 0 },
      succession: { Succession: 0 },
      mentoring: { Mentoring: "no" },
    },
  },
  {
    field: "Facility Management",
    level: 5,
    meets: {
      "Specialty Field": "Facility Management",
      Role: "Responsible",
      Projects: 3,
      Complexity: 2,
      "Computer Rooms": 3,
      "Floor Area": 2000,
      Themes: 1,
      Succession: 3,
      Mentoring: "yes",
    },
    below: {
      size: { "Computer Rooms": 2, "Floor Area": 1999 },
      projects: { Projects: 2 },
      succession: { Succession: 2 },
    },
  },
  {
    field: "Facility Management",
    level: 6,
    meets: {
      "Specialty Field": "Facility Management",
      Role: "Responsible",
      Projects: 3,
      Complexity: 2,
      "Computer Rooms": 5,
      "Floor Area": 5000,
      Themes: 1,
      Succession: 4,
      Mentoring: "yes",
    },
    below: { size: { "Computer Rooms": 4, "Floor Area": 4999 }, succession: { Succession: 3 } },
  },
];

/** IT Service Management: [field, level, role, years, complexity, staff band, value band, succession]. */
const ITSM_TABLE: [string, number, string, number, number, number | null, number | null, number][] = [
  ["Operations Management", 3, "Member", 1, 2, null, null, 0],
  ["Operations Management", 4, "Leader", 2, 2, 35, 350, 1],
  ["Operations Management", 5, "Responsible", 3, 2, 75, 750, 3],
  ["Operations Management", 6, "Responsible", 3, 2, 150, 1500, 4],
  ["Operations Management", 7, "Responsible", 3, 3, 250, 2500, 5],
  ["System Management", 3, "Member", 1, 2, null, null, 0],
  ["System Management", 4, "Leader", 2, 2, 35, 350, 1],
  ["System Management", 5, "Responsible", 3, 2, 75, 750, 3],
  ["System Management", 6, "Responsible", 3, 2, 150, 1500, 4],
  ["Operations", 3, "Member", 1, 2, null, null, 0],
  ["Operations", 4, "Leader", 2, 2, 30, 300, 1],
  ["Service Desk", 3, "Member", 2, 2, null, null, 0],
  ["Service Desk", 4, "Leader", 2, 2, 20, 100, 1],
];

const ITSM: LevelCase[] = ITSM_TABLE.map(([field, lvl, role, years, complexity, staff, , succession]) => {
  const meets: RowSpec = {
    "Specialty Field": field,
    Role: role,
    Years: years,
    Complexity: complexity,
    Themes: 1,
  };
  if (staff !== null) meets.Staff = staff;
  if (lvl >= 4) Object.assign(meets, { Succession: succession, Mentoring: "yes" });
  if (lvl === 7) meets.International = "yes";
  const below: Record<string, RowSpec> = {
    years: { Years: years - 0.5 },
    themes: { Themes: 0 },
    complexity: { Complexity: complexity - 1 },
  };
  if (staff !== null) below.staff = { Staff: staff - 1 };
  if (lvl >= 4)
    Object.assign(below, { succession: { Succession: succession - 1 }, mentoring: { Mentoring: "no" } });
  if (lvl === 7) below.international = { International: "no" };
  return { field, level: lvl, meets, below };
});

describe.each([...HW_SW("Hardware"), ...HW_SW("Software"), ...FM, ...ITSM])("$field level $level", (c) => {
  it("is attained by the smallest row that meets every criterion", () => {
    expect(level(c.meets)).toBe(c.level);
  });
  it.each(Object.entries(c.below))("is not attained when %s is just below its threshold", (_name, change) => {
    const got = level({ ...c.meets, ...change });
    expect(got).not.toBeNull();
    expect(got).toBeLessThan(c.level);
  });
});

describe("IT Service Management size bands", () => {
  it.each(ITSM_TABLE.filter((r) => r[5] !== null && r[0] !== "Service Desk"))(
    "%s level %i: contract value alone, and the smaller band with enough complexity",
    (field, lvl, role, years, complexity, staff, value, succession) => {
      const k = lvl === 7 ? 5 : 4;
      const smaller: Record<number, [number, number]> = {
        4: [15, 150],
        5: [35, 350],
        6: [75, 750],
        7: [150, 1500],
      };
      const [smallStaff, smallValue] = smaller[lvl] ?? [0, 0];
      const base: RowSpec = {
        "Specialty Field": field,
        Role: role,
        Years: years,
        Complexity: complexity,
        Themes: 1,
        Succession: succession,
        Mentoring: "yes",
        International: "yes",
      };
      expect(level({ ...base, "Contract Value": value as number })).toBe(lvl);
      expect(level({ ...base, "Contract Value": (value as number) - 1 })).toBeLessThan(lvl);
      expect(level({ ...base, Staff: smallStaff, Complexity: k })).toBe(lvl);
      expect(level({ ...base, Staff: smallStaff - 1, Complexity: k })).toBeLessThan(lvl);
      expect(level({ ...base, "Contract Value": smallValue, Complexity: k })).toBe(lvl);
      expect(level({ ...base, Staff: smallStaff, Complexity: k - 1 })).toBeLessThan(lvl);
      void staff;
    },
  );

  it("Service Desk level 4: 20 staff, 100 million yen or 3000 users", () => {
    const base: RowSpec = {
      "Specialty Field": "Service Desk",
      Role: "Leader",
      Years: 2,
      Complexity: 2,
      Themes: 1,
      Succession: 1,
      Mentoring: "yes",
    };
    expect(level({ ...base, Staff: 20 })).toBe(4);
    expect(level({ ...base, "Contract Value": 100 })).toBe(4);
    expect(level({ ...base, Users: 3000 })).toBe(4);
    expect(level({ ...base, Staff: 19, "Contract Value": 99, Users: 2999 })).toBe(3);
  });
});

describe("Customer Service size alternatives", () => {
  const hw4: RowSpec = {
    "Specialty Field": "Hardware",
    Role: "Responsible",
    Projects: 2,
    Complexity: 4,
    Scope: "Specific users",
    Themes: 1,
    Succession: 1,
    Mentoring: "yes",
  };
  it("level 4 accepts specific users when four complexity criteria were met", () => {
    expect(level(hw4)).toBe(4);
    expect(level({ ...hw4, Complexity: 3 })).toBe(3);
  });
  it("level 5 accepts industry or wide area with four complexity criteria", () => {
    const hw5 = { ...hw4, Projects: 3, Succession: 3, Scope: "Industry or wide area" };
    expect(level(hw5)).toBe(5);
    expect(level({ ...hw5, Complexity: 3 })).toBe(4);
  });
  it("Facility Management level 5 accepts any facility with three complexity criteria", () => {
    const fm5: RowSpec = {
      "Specialty Field": "Facility Management",
      Role: "Responsible",
      Projects: 3,
      Complexity: 3,
      Sites: 1,
      Themes: 1,
      Succession: 3,
      Mentoring: "yes",
    };
    expect(level(fm5)).toBe(5);
    expect(level({ ...fm5, Complexity: 2 })).toBe(4);
  });
  it("Facility Management level 6 accepts the middle band with three complexity criteria", () => {
    const fm6: RowSpec = {
      "Specialty Field": "Facility Management",
      Role: "Responsible",
      Projects: 3,
      Complexity: 3,
      Sites: 100,
      Themes: 1,
      Succession: 4,
      Mentoring: "yes",
    };
    expect(level(fm6)).toBe(6);
    expect(level({ ...fm6, Sites: 99 })).toBe(5);
  });
});

describe("editions", () => {
  const fm5Rooms: RowSpec = {
    "Specialty Field": "Facility Management",
    Role: "Responsible",
    Projects: 3,
    Complexity: 2,
    "Computer Rooms": 3,
    Themes: 1,
    Succession: 3,
    Mentoring: "yes",
  };
  it("V3 counts 3 computer rooms alone as the middle band; V2 also needs 2000 square metres", () => {
    expect(level(fm5Rooms, "V3")).toBe(5);
    expect(level(fm5Rooms, "V2")).toBe(4);
    expect(level({ ...fm5Rooms, "Floor Area": 2000 }, "V2")).toBe(5);
  });
  it("V2 large band ties 5 rooms to 5000 square metres", () => {
    const fm6 = { ...fm5Rooms, Succession: 4, "Computer Rooms": 5, "Floor Area": 4999 };
    expect(level(fm6, "V3")).toBe(6);
    expect(level(fm6, "V2")).toBe(5);
    expect(level({ ...fm6, Sites: 300 }, "V2")).toBe(6);
  });
  it("the AP remark attains level 3 in V3 only", () => {
    expect(level({ "Specialty Field": "Hardware", "ITEE AP": "yes" }, "V3")).toBe(3);
    expect(level({ "Specialty Field": "Hardware", "ITEE AP": "yes" }, "V2")).toBe(0);
    expect(level({ "Specialty Field": "Service Desk", "ITEE AP": "はい" }, "V3")).toBe(3);
  });
  it("AP does not lift a row that already has a higher level", () => {
    const hw4 = {
      "Specialty Field": "Hardware",
      Role: "Responsible",
      Projects: 2,
      Complexity: 2,
      Scope: "Industry or wide area",
      Themes: 1,
      Succession: 1,
      Mentoring: "yes",
      "ITEE AP": "yes",
    };
    expect(level(hw4)).toBe(4);
  });
});

describe("levels 1-2 and the top of each field", () => {
  it("reads level 1 as one engagement and level 2 as one with a complexity criterion and a theme", () => {
    const member = { "Specialty Field": "Software", Role: "Member" };
    expect(level({ ...member, Projects: 1 })).toBe(1);
    expect(level({ ...member, Projects: 1, Complexity: 1, Themes: 1 })).toBe(2);
    expect(level({ ...member, Projects: 1, Complexity: 1 })).toBe(1);
    expect(level({ ...member, Projects: 1, Role: "" })).toBe(0);
    expect(level(member)).toBe(0);
  });
  it("IT Service Management has no levels 1-2", () => {
    expect(level({ "Specialty Field": "Operations", Years: 0.5, Complexity: 1, Themes: 1 })).toBe(0);
  });
  const everything: RowSpec = {
    Role: "Responsible",
    Projects: 99,
    Years: 99,
    International: "yes",
    Scope: "Whole industry",
    "Computer Rooms": 99,
    "Floor Area": 99999,
    Sites: 999,
    Staff: 9999,
    "Contract Value": 99999,
    Users: 99999,
    Themes: 9,
    Succession: 9,
    Mentoring: "yes",
  };
  it.each([
    ["Hardware", 6, 5],
    ["Software", 6, 5],
    ["Facility Management", 4, 6],
    ["Operations Management", 7, 7],
    ["System Management", 5, 6],
    ["Operations", 4, 4],
    ["Service Desk", 5, 4],
  ] as const)("%s stops at the last level the seeds define", (field, complexity, top) => {
    expect(level({ ...everything, "Specialty Field": field, Complexity: complexity })).toBe(top);
  });
});
