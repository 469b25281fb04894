/**
 * Groups a round's roster rows by person, keeping the rows each assessor gave, so
 * the comparison and the level resolution agree on who is who.
 */
import type { Localized } from "../catalog/types";
import type { AssessedRow } from "./assessor";
import { personKey } from "../roster/person-key";

export interface PersonRows {
  /** The Employee ID compared (see personKey). */
  readonly key: string;
  /** The Employee ID as the first row spells it. */
  readonly employeeId: string;
  readonly self: readonly AssessedRow[];
  readonly manager: readonly AssessedRow[];
  /** Rows whose `Assessed by` is blank (or the roster has no such column). */
  readonly unlabelled: readonly AssessedRow[];
}

export interface GroupedRows {
  /** In the order each person first appears in the roster. */
  readonly people: readonly PersonRows[];
  /** Rows without an Employee ID: they cannot be paired or tracked across rounds. */
  readonly withoutId: readonly AssessedRow[];
}

interface Collecting {
  readonly employeeId: string;
  readonly self: AssessedRow[];
  readonly manager: AssessedRow[];
  readonly unlabelled: AssessedRow[];
}

export function groupByPerson(rows: readonly AssessedRow[]): GroupedRows {
  const byKey = new Map<string, Collecting>();
  const withoutId: AssessedRow[] = [];
  for (const row of rows) {
    const key = personKey(row.score.evidence.employeeId);
    if (key === "") {
      withoutId.push(row);
      continue;
    }
    let person = byKey.get(key);
    if (!person) {
      person = { employeeId: row.score.evidence.employeeId, self: [], manager: [], unlabelled: [] };
      byKey.set(key, person);
    }
    (row.assessedBy === null ? person.unlabelled : person[row.assessedBy]).push(row);
  }
  return { people: [...byKey].map(([key, p]) => ({ key, ...p })), withoutId };
}

/** The person's display text from their rows: the manager's row first, as for the level. */
export function displayOf(person: PersonRows): { name: string; department: string } {
  const rows = [...person.manager, ...person.self, ...person.unlabelled];
  const first = (pick: (r: AssessedRow) => string): string => rows.map(pick).find((t) => t !== "") ?? "";
  return { name: first((r) => r.score.evidence.name), department: first((r) => r.score.evidence.department) };
}

/** "Employee E001 (Sato Hanako)" / "社員番号E001（佐藤花子）": who a message is about. */
export function whoText(employeeId: string, name: string): Localized {
  return {
    en: name === "" ? `Employee ${employeeId}` : `Employee ${employeeId} (${name})`,
    ja: name === "" ? `社員番号${employeeId}` : `社員番号${employeeId}（${name}）`,
  };
}
