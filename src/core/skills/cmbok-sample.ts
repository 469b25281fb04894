/**
 * Sample rows for the `CMBOK Assessment` table: the contact-centre people of the
 * sample roster (E012-E016, Operations and Service Desk), so the coverage report
 * has something to show at once. Ratings are invented from one level per domain
 * with a small, fixed ripple, which gives each person a recognisable profile
 * (a strong desk agent, a team leader strong in operation, a newcomer) instead of
 * noise; one person leaves a whole domain unrated, as real sheets do.
 */
import type { Lang } from "../catalog/types";
import { CMBOK_ASSESSMENT_COLUMNS, CMBOK_DOMAINS } from "./cmbok-template";
import { ASSESSORS } from "./skills-template";
import type { Assessor } from "./types";

type Cell = string | number;

interface SamplePerson {
  readonly employeeId: string;
  readonly name: string;
  readonly department: string;
  /** Base rating per domain in CMBOK_DOMAINS order; null leaves the domain blank. */
  readonly base: readonly (number | null)[];
  readonly assessedBy: Assessor;
}

/** Domains: Strategy, Customer Service, Operation, Construction, Audit, Foundation, Learning Facilitation. */
const PEOPLE: readonly SamplePerson[] = [
  {
    employeeId: "E012",
    name: "Yamada Rin",
    department: "Operations Centre",
    base: [1, 2, 3, 2, 1, 3, 1],
    assessedBy: "manager",
  },
  {
    employeeId: "E013",
    name: "Sasaki Minato",
    department: "Operations Centre",
    base: [0, 1, 2, 1, null, 2, 0],
    assessedBy: "self",
  },
  {
    employeeId: "E014",
    name: "Yamaguchi Ema",
    department: "Service Desk",
    base: [2, 4, 3, 1, 2, 4, 3],
    assessedBy: "manager",
  },
  {
    employeeId: "E015",
    name: "Matsumoto Itsuki",
    department: "Service Desk",
    base: [1, 3, 2, 1, 1, 3, 2],
    assessedBy: "manager",
  },
  {
    employeeId: "E016",
    name: "Inoue Akari",
    department: "Service Desk",
    base: [0, 2, 1, 0, 0, 2, 1],
    assessedBy: "self",
  },
];

/** Added to the base by position in the domain: some competencies a step above, some below. */
const RIPPLE: readonly number[] = [0, 1, 0, -1, 0, 0, -1];

/** Where each 2.0 code sits: its domain's index and its position within the domain. */
const POSITION = new Map<string, { readonly domain: number; readonly index: number }>(
  CMBOK_DOMAINS.flatMap((group, domain) =>
    group.competencies.map((c, index) => [c.code, { domain, index }] as const),
  ),
);

/** Sample rows in `CMBOK_ASSESSMENT_COLUMNS` order; "Assessed by" in the sheet's language. */
export function sampleCmbokRows(lang: Lang = "en"): Cell[][] {
  return PEOPLE.map((person) => CMBOK_ASSESSMENT_COLUMNS.map((column) => cellOf(person, column.key, lang)));
}

function cellOf(person: SamplePerson, key: string, lang: Lang): Cell {
  switch (key) {
    case "employeeId":
      return person.employeeId;
    case "name":
      return person.name;
    case "department":
      return person.department;
    case "assessedBy":
      return ASSESSORS.find((a) => a.id === person.assessedBy)?.name[lang] ?? "";
  }
  const at = POSITION.get(key);
  const base = at === undefined ? null : person.base[at.domain];
  if (at === undefined || base === null || base === undefined) return "";
  const rating = base + (RIPPLE[at.index % RIPPLE.length] ?? 0);
  return Math.max(0, Math.min(4, rating));
}
