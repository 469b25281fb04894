/**
 * "Close the round": the people of the round as History entries, stamped with the
 * round label and the date, ready for planCloseRound to append.
 */
import type { Localized } from "../catalog/types";
import type { HistoryEntry } from "./history-table";
import type { AssessedPerson } from "./resolve";
import { snapshotDate, validateRoundLabel } from "./round-label";

/** A person as snapshotted; the skill level comes from a skill assessment when the workbook has one. */
export type SnapshotPerson = Pick<
  AssessedPerson,
  "employeeId" | "name" | "department" | "field" | "assessedLevel" | "agreedLevel"
> & { readonly skillLevel?: number | null };

export type SnapshotResult =
  | { readonly ok: true; readonly rows: readonly HistoryEntry[] }
  | { readonly ok: false; readonly problems: readonly Localized[] };

/**
 * History entries for a round, one per person, in the order given. Refuses a bad
 * label or date instead of writing rows that could never be told apart later.
 * @example
 *   buildSnapshotRows(resolved.people, "FY2026 H2", "2026-09-30")
 *   // => { ok: true, rows: [{ employeeId: "E001", round: "FY2026 H2", date: "2026-09-30", ... }] }
 */
export function buildSnapshotRows(
  people: readonly SnapshotPerson[],
  roundLabel: string,
  date: Date | string,
): SnapshotResult {
  const label = validateRoundLabel(roundLabel);
  const day = snapshotDate(date);
  if (!label.ok || !day.ok) {
    const problems: Localized[] = [];
    if (!label.ok) problems.push(label.message);
    if (!day.ok) problems.push(day.message);
    return { ok: false, problems };
  }
  const rows = people.map((p): HistoryEntry => ({
    employeeId: p.employeeId,
    name: p.name,
    department: p.department,
    field: p.field,
    assessedLevel: p.assessedLevel,
    agreedLevel: p.agreedLevel,
    skillLevel: p.skillLevel ?? null,
    round: label.label,
    date: day.date,
    row: null,
  }));
  return { ok: true, rows };
}
