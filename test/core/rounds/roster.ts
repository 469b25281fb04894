/** A round's roster as a sheet holds it (header row with `Assessed by`), scored and tagged. */
import { rosterFromSheet, rowScorer } from "../../../src/app/score";
import { readAssessments, type AssessedRoster } from "../../../src/core/rounds/assessments";

export const HEADER = [
  "Employee ID",
  "Name",
  "Department",
  "Assessed by",
  "Specialty Field",
  "Role",
  "Projects",
  "Years",
  "Complexity",
  "Scope",
  "Themes",
  "Succession",
  "Mentoring",
] as const;

export type Person = Partial<Record<(typeof HEADER)[number], string | number>>;

/** Hardware evidence that attains exactly the level given (3, 4 or 5). */
export function hardware(level: 3 | 4 | 5): Person {
  const base: Person = { "Specialty Field": "Hardware", Complexity: 2, Themes: 1 };
  if (level === 3) return { ...base, Role: "Member", Projects: 1, Scope: "Specific users" };
  if (level === 4)
    return {
      ...base,
      Role: "Responsible",
      Projects: 2,
      Scope: "Industry or wide area",
      Succession: 1,
      Mentoring: "yes",
    };
  return {
    ...base,
    Role: "Responsible",
    Projects: 3,
    Scope: "Whole industry",
    Succession: 3,
    Mentoring: "yes",
  };
}

export function sheet(people: readonly Person[], header: readonly string[] = HEADER): unknown[][] {
  return [[...header], ...people.map((p) => header.map((h) => p[h as keyof Person] ?? ""))];
}

/** Sheet rows -> located, scored, tagged with who assessed them (the header is sheet row 1). */
export function assessed(people: readonly Person[], header: readonly string[] = HEADER): AssessedRoster {
  const found = rosterFromSheet(sheet(people, header) as Parameters<typeof rosterFromSheet>[0]);
  if (!found.ok) throw new Error(found.reason);
  const { roster } = found.source;
  const score = rowScorer(roster.headers);
  return readAssessments(
    roster,
    roster.dataRows.map((r) => score(r.cells, r.rowNumber)),
  );
}
