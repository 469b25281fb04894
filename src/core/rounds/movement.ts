/**
 * Who moved between two rounds: up, same, down, new (only in the later round) or
 * left (only in the earlier one), with the people behind each count. The level
 * that counts is the agreed level when there is one, else the assessed level.
 */
import type { Localized, SpecialtyFieldId } from "../catalog/types";
import { effectiveLevel, type HistoryEntry } from "./history-table";
import { roundKey } from "./round-label";
import { roundsOf, type RoundEntries } from "./rounds-of";

export type MovementKind = "moved-up" | "same" | "moved-down" | "new" | "left" | "unrated";

export const MOVEMENT_KINDS: readonly MovementKind[] = [
  "moved-up",
  "same",
  "moved-down",
  "new",
  "left",
  "unrated",
];

export const MOVEMENT_LABELS: Readonly<Record<MovementKind, Localized>> = {
  "moved-up": { en: "Moved up", ja: "上昇" },
  same: { en: "Same", ja: "変化なし" },
  "moved-down": { en: "Moved down", ja: "下降" },
  new: { en: "New", ja: "新規" },
  left: { en: "Left", ja: "離脱" },
  unrated: { en: "No level in one round", ja: "いずれかの回でレベルなし" },
};

export interface PersonMovement {
  readonly employeeId: string;
  readonly name: string;
  readonly department: string;
  /** The field in the later round when the person is in it, else in the earlier one. */
  readonly field: SpecialtyFieldId | null;
  /** Level in the earlier round; null when absent from it or without a level. */
  readonly from: number | null;
  readonly to: number | null;
}

export interface Movement {
  readonly fromRound: string;
  readonly toRound: string;
  /** People per kind, in History order; "unrated" holds people in both rounds with a blank level in one. */
  readonly people: Readonly<Record<MovementKind, readonly PersonMovement[]>>;
  readonly counts: Readonly<Record<MovementKind, number>>;
}

export type MovementResult = { ok: true; movement: Movement } | { ok: false; message: Localized };

/**
 * Movement from one round to another, both named by their labels (case, width and
 * spacing do not matter).
 * @example movementBetween(entries, "FY2025 H2", "FY2026 H1").movement.counts["moved-up"] // => 3
 */
export function movementBetween(
  entries: readonly HistoryEntry[],
  fromRound: string,
  toRound: string,
): MovementResult {
  const rounds = roundsOf(entries);
  const from = rounds.find((r) => r.key === roundKey(fromRound));
  const to = rounds.find((r) => r.key === roundKey(toRound));
  const unknown = [from ? null : fromRound, to ? null : toRound].filter((x): x is string => x !== null);
  if (!from || !to) return { ok: false, message: unknownRoundMessage(unknown, rounds) };
  const people: Record<MovementKind, PersonMovement[]> = {
    "moved-up": [],
    same: [],
    "moved-down": [],
    new: [],
    left: [],
    unrated: [],
  };
  for (const [key, earlier] of from.people) {
    const later = to.people.get(key);
    const move = personMovement(earlier, later);
    if (!later) people.left.push(move);
    else if (move.from === null || move.to === null) people.unrated.push(move);
    else people[move.to > move.from ? "moved-up" : move.to < move.from ? "moved-down" : "same"].push(move);
  }
  for (const [key, later] of to.people) {
    if (!from.people.has(key)) people.new.push(personMovement(undefined, later));
  }
  const counts = Object.fromEntries(MOVEMENT_KINDS.map((k) => [k, people[k].length])) as Record<
    MovementKind,
    number
  >;
  return { ok: true, movement: { fromRound: from.label, toRound: to.label, people, counts } };
}

function personMovement(earlier: HistoryEntry | undefined, later: HistoryEntry | undefined): PersonMovement {
  const shown = (later ?? earlier) as HistoryEntry;
  return {
    employeeId: shown.employeeId,
    name: shown.name,
    department: shown.department,
    field: shown.field,
    from: earlier ? effectiveLevel(earlier) : null,
    to: later ? effectiveLevel(later) : null,
  };
}

function unknownRoundMessage(unknown: readonly string[], rounds: readonly RoundEntries[]): Localized {
  const names = {
    en: unknown.map((u) => `"${u}"`).join(" and "),
    ja: unknown.map((u) => `「${u}」`).join("と"),
  };
  const known = rounds.map((r) => r.label);
  return {
    en: `History has no round ${names.en}. ${known.length > 0 ? `Rounds: ${known.join(", ")}` : "No round has been closed yet"}`,
    ja: `履歴に評価回${names.ja}がありません。${known.length > 0 ? `評価回：${known.join("、")}` : "まだ締めた評価回がありません"}`,
  };
}
