/**
 * The History entries grouped by round, rounds in table order (the order they were
 * closed), so the trends read rounds the way HR closed them.
 */
import type { HistoryEntry } from "./history-table";
import { personKey } from "./person-key";
import { roundKey } from "./round-label";

export interface RoundEntries {
  /** The label as its first row spells it. */
  readonly label: string;
  readonly key: string;
  /** By person (personKey); a person's later row in the same round is ignored. */
  readonly people: ReadonlyMap<string, HistoryEntry>;
}

export function roundsOf(entries: readonly HistoryEntry[]): RoundEntries[] {
  const rounds = new Map<string, { label: string; people: Map<string, HistoryEntry> }>();
  for (const entry of entries) {
    const key = roundKey(entry.round);
    let round = rounds.get(key);
    if (!round) rounds.set(key, (round = { label: entry.round, people: new Map() }));
    const person = personKey(entry.employeeId);
    if (!round.people.has(person)) round.people.set(person, entry);
  }
  return [...rounds].map(([key, r]) => ({ key, ...r }));
}
