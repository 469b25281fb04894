/**
 * The History entries grouped by round, in time order: trends read rounds the way
 * they happened. History is append-only, so a round closed again (replaced) moves
 * to the bottom of the table; its Date keeps it in its place. When a round has no
 * readable date (the table is user-editable), table order is all there is, and is
 * used for every round.
 */
import type { HistoryEntry } from "./history-table";
import { personKey } from "../roster/person-key";
import { roundKey } from "./round-label";

export interface RoundEntries {
  /** The label as its first row spells it. */
  readonly label: string;
  readonly key: string;
  /** By person (personKey); a person's later row in the same round is ignored. */
  readonly people: ReadonlyMap<string, HistoryEntry>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * @example roundsOf(entries).map((r) => r.label) // => ["FY2025 H2", "FY2026 H1"]
 */
export function roundsOf(entries: readonly HistoryEntry[]): RoundEntries[] {
  const rounds = new Map<string, { label: string; date: string | null; people: Map<string, HistoryEntry> }>();
  for (const entry of entries) {
    const key = roundKey(entry.round);
    let round = rounds.get(key);
    if (!round) rounds.set(key, (round = { label: entry.round, date: null, people: new Map() }));
    if (ISO_DATE.test(entry.date) && (round.date === null || entry.date < round.date))
      round.date = entry.date;
    const person = personKey(entry.employeeId);
    if (!round.people.has(person)) round.people.set(person, entry);
  }
  const inTableOrder = [...rounds].map(([key, r]) => ({ key, ...r }));
  const dated = inTableOrder.every((r) => r.date !== null);
  // Array.prototype.sort is stable: rounds of the same day keep their table order.
  const ordered = dated ? [...inTableOrder].sort((a, b) => byDay(a.date, b.date)) : inTableOrder;
  return ordered.map(({ key, label, people }) => ({ key, label, people }));
}

/** ISO days sort as text. */
function byDay(a: string | null, b: string | null): number {
  const x = a ?? "";
  const y = b ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
}
