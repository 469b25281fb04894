/**
 * Every level's experience rule, counted from engagements, at its boundary, in both
 * editions. The witnesses (the smallest engagement of each level) are transcribed from
 * shared/spec/roster-and-kpi.md, independently of the rule table.
 */
import type { Edition } from "../../../src/core/catalog/types";
import { scoreEngagements } from "../../../src/core/engagements/score-engagements";
import { day, engagements, person, type EngagementSpec } from "../../helpers/engagements";

const AS_OF = day("2026-12-03");

type Witness = EngagementSpec;

/** Customer Service: the smallest engagement at each level, its role, Projects needed, and counting. */
const CS: Record<string, { level: number; role: string; projects: number; mixed: boolean; w: Witness }[]> =
  {};
for (const field of ["Hardware", "Software"]) {
  CS[field] = [
    { level: 1, role: "Member", projects: 1, mixed: false, w: { Complexity: 0 } },
    { level: 2, role: "Member", projects: 1, mixed: false, w: { Complexity: 1 } },
    { level: 3, role: "Member", projects: 1, mixed: false, w: { Complexity: 2, Scope: "Specific users" } },
    {
      level: 4,
      role: "Responsible",
      projects: 2,
      mixed: true,
      w: { Complexity: 2, Scope: "Industry or wide area" },
    },
    {
      level: 5,
      role: "Responsible",
      projects: 3,
      mixed: true,
      w: { Complexity: 2, Scope: "Whole industry" },
    },
  ];
}
CS["Facility Management"] = [
  { level: 1, role: "Member", projects: 1, mixed: false, w: { Complexity: 0 } },
  { level: 2, role: "Member", projects: 1, mixed: false, w: { Complexity: 1 } },
  { level: 3, role: "Member", projects: 1, mixed: false, w: { Complexity: 2, "Computer Rooms": 1 } },
  { level: 4, role: "Responsible", projects: 2, mixed: true, w: { Complexity: 2, "Computer Rooms": 1 } },
  {
    level: 5,
    role: "Responsible",
    projects: 3,
    mixed: true,
    w: { Complexity: 2, "Computer Rooms": 3, "Floor Area": 2000 },
  },
  {
    level: 6,
    role: "Responsible",
    projects: 3,
    mixed: true,
    w: { Complexity: 2, "Computer Rooms": 5, "Floor Area": 5000 },
  },
];

const PERSON = { Themes: 1, Succession: 5, Mentoring: "yes" };

function levelOf(field: string, specs: EngagementSpec[], edition: Edition, asOf = AS_OF): number | null {
  const p = person({ "Specialty Field": field, ...PERSON });
  return scoreEngagements(p, [], engagements(specs), { edition, asOf }).level;
}

/** n completed, successful engagements one after another from 2015. */
function projects(w: Witness, role: string, n: number, from = 0): EngagementSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    Engagement: `P-${from + i + 1}`,
    Start: `${2015 + from + i}-04-01`,
    End: `${2015 + from + i}-09-30`,
    Role: role,
    Successful: "yes",
    ...w,
  }));
}

describe.each(["V3", "V2"] as const)("Customer Service experience, edition %s", (edition) => {
  for (const [field, levels] of Object.entries(CS)) {
    for (const c of levels) {
      const below = levels.find((l) => l.level === c.level - 1);
      it(`${field} level ${c.level}: ${c.projects} at level ${c.level}${c.mixed ? `, or one at ${c.level} and the others at ${c.level - 1}` : ""}`, () => {
        expect(levelOf(field, projects(c.w, c.role, c.projects), edition)).toBe(c.level);
        // one engagement short
        expect(levelOf(field, projects(c.w, c.role, c.projects - 1), edition)!).toBeLessThan(c.level);
        // the level's role is needed on every counted engagement
        if (c.role === "Responsible")
          expect(levelOf(field, projects(c.w, "Leader", c.projects), edition)!).toBeLessThan(c.level);
        // not successful, or not ended, does not count
        const failed = projects(c.w, c.role, c.projects).map((e, i) =>
          i === 0 ? { ...e, Successful: "no" } : e,
        );
        expect(levelOf(field, failed, edition)!).toBeLessThan(c.level);
        const ongoing = projects(c.w, c.role, c.projects).map((e, i) => (i === 0 ? { ...e, End: "" } : e));
        expect(levelOf(field, ongoing, edition)!).toBeLessThan(c.level);
        if (below && c.mixed) {
          const mixed = [...projects(c.w, c.role, 1), ...projects(below.w, c.role, c.projects - 1, 1)];
          expect(levelOf(field, mixed, edition)).toBe(c.level);
          // none at the level itself (Facility Management 3 and 4 share complexity and size: no such case)
          if (JSON.stringify(below.w) !== JSON.stringify(c.w))
            expect(levelOf(field, projects(below.w, c.role, c.projects), edition)!).toBeLessThan(c.level);
        }
      });
    }
  }
});

/** IT Service Management: the smallest engagement at each level, its role and years. */
const ITSM: Record<string, { level: number; role: string; years: number; w: Witness }[]> = {
  "Operations Management": [
    { level: 3, role: "Member", years: 1, w: { Complexity: 2 } },
    { level: 4, role: "Leader", years: 2, w: { Complexity: 2, Staff: 35 } },
    { level: 5, role: "Responsible", years: 3, w: { Complexity: 2, Staff: 75 } },
    { level: 6, role: "Responsible", years: 3, w: { Complexity: 2, Staff: 150 } },
    { level: 7, role: "Responsible", years: 3, w: { Complexity: 3, Staff: 250, International: "yes" } },
  ],
  "System Management": [
    { level: 3, role: "Member", years: 1, w: { Complexity: 2 } },
    { level: 4, role: "Leader", years: 2, w: { Complexity: 2, "Contract Value": 350 } },
    { level: 5, role: "Responsible", years: 3, w: { Complexity: 2, Staff: 75 } },
    { level: 6, role: "Responsible", years: 3, w: { Complexity: 2, Staff: 150 } },
  ],
  Operations: [
    { level: 3, role: "Member", years: 1, w: { Complexity: 2 } },
    { level: 4, role: "Leader", years: 2, w: { Complexity: 2, Staff: 30 } },
  ],
  "Service Desk": [
    { level: 3, role: "Member", years: 2, w: { Complexity: 2 } },
    { level: 4, role: "Leader", years: 2, w: { Complexity: 2, Users: 3000 } },
  ],
};

const isoDay = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);

describe.each(["V3", "V2"] as const)("IT Service Management continuous years, edition %s", (edition) => {
  for (const [field, levels] of Object.entries(ITSM)) {
    for (const c of levels) {
      const spec = (start: string, end: string, extra: EngagementSpec = {}): EngagementSpec => ({
        Engagement: `OPS-${start}`,
        Start: start,
        End: end,
        Role: c.role,
        Successful: "yes",
        ...c.w,
        ...extra,
      });
      const endOf = (years: number) => `${2018 + years}-03-31`;
      it(`${field} level ${c.level}: ${c.years} years, merged across gaps of up to 31 days`, () => {
        expect(levelOf(field, [spec("2018-04-01", endOf(c.years))], edition)).toBe(c.level);
        // one day short
        expect(levelOf(field, [spec("2018-04-01", isoDay(day(endOf(c.years)) - 1))], edition)!).toBeLessThan(
          c.level,
        );
        // split in two with a 31-day gap: still continuous; a 32-day gap is not
        const gap = (days: number) => [
          spec("2018-04-01", "2018-12-31"),
          spec(isoDay(day("2018-12-31") + days + 1), endOf(c.years), { Engagement: "second" }),
        ];
        expect(levelOf(field, gap(31), edition)).toBe(c.level);
        expect(levelOf(field, gap(32), edition)!).toBeLessThan(c.level);
        // ongoing: runs to the day of calculation
        const ongoing = [spec("2018-04-01", "")];
        expect(levelOf(field, ongoing, edition, day(endOf(c.years)))).toBe(c.level);
        expect(levelOf(field, ongoing, edition, day(endOf(c.years)) - 1)!).toBeLessThan(c.level);
        // an engagement below the level's size or role does not add years at that level
        expect(
          levelOf(field, [spec("2018-04-01", endOf(c.years), { Successful: "no" })], edition)!,
        ).toBeLessThan(c.level);
      });
    }
  }
});
