/**
 * Change over rounds: the level distribution per round, and who moved between two
 * rounds.
 */
import { levelName, SPECIALTY_FIELDS } from "../catalog/fields";
import type { Lang, Localized, SpecialtyFieldId } from "../catalog/types";
import { effectiveLevel, type HistoryEntry, type RoundEntries, roundsOf } from "./history";
import { ALL_LEVELS } from "./reading";
import { roundKey } from "./round-label";

/*
 * How the level distribution changes from round to round: counts per level 0-7 for
 * each round, overall and per field, shaped for a stacked column chart (one
 * category per round, one series per level).
 */

/** Counts per level: index = level, 0 = not yet level 1. */
export type LevelCounts = readonly number[];

export interface LevelDistribution {
  /** Round labels in time order (see roundsOf). */
  readonly rounds: readonly string[];
  /** overall[r][level]: people at that level in round r. */
  readonly overall: readonly LevelCounts[];
  /** The same per field, for the fields that appear in the history (catalog order). */
  readonly byField: ReadonlyMap<SpecialtyFieldId, readonly LevelCounts[]>;
  /** People per round without a level (both levels blank): not in any count above. */
  readonly unrated: readonly number[];
}

/**
 * Counts each person once per round at their agreed level, else their assessed level.
 * @example levelDistribution(readHistory(table).entries).overall[0] // => [0, 0, 0, 4, 2, 1, 0, 0]
 */
export function levelDistribution(entries: readonly HistoryEntry[]): LevelDistribution {
  const rounds = roundsOf(entries);
  const present = new Set(entries.map((e) => e.field));
  const fields = SPECIALTY_FIELDS.map((f) => f.id).filter((id) => present.has(id));
  const zeros = (): number[] => ALL_LEVELS.map(() => 0);
  const overall = rounds.map(zeros);
  const byField = new Map(fields.map((f) => [f, rounds.map(zeros)]));
  const unrated = rounds.map(() => 0);
  rounds.forEach((round, r) => {
    for (const entry of round.people.values()) {
      const level = effectiveLevel(entry);
      if (level === null) {
        unrated[r] = (unrated[r] ?? 0) + 1;
        continue;
      }
      bump(overall[r], level);
      if (entry.field !== null) bump(byField.get(entry.field)?.[r], level);
    }
  });
  return { rounds: rounds.map((r) => r.label), overall, byField, unrated };
}

function bump(counts: number[] | undefined, level: number): void {
  if (counts) counts[level] = (counts[level] ?? 0) + 1;
}

/**
 * The chart's source range: a header row (Round, Not yet level 1, Level 1 ... Level 7)
 * and one row per round. With `field`, that field's counts (all zero when the field
 * never appears).
 */
export function distributionChartTable(
  distribution: LevelDistribution,
  lang: Lang,
  field?: SpecialtyFieldId,
): (string | number)[][] {
  const counts = field === undefined ? distribution.overall : distribution.byField.get(field);
  const header = [lang === "en" ? "Round" : "評価回", ...ALL_LEVELS.map((l) => levelName(l)[lang])];
  const rows = distribution.rounds.map((label, r) => [
    label,
    ...ALL_LEVELS.map((l) => counts?.[r]?.[l] ?? 0),
  ]);
  return [header, ...rows];
}

/*
 * Who moved between two rounds: up, same, down, new (only in the later round) or
 * left (only in the earlier one), with the people behind each count. The level
 * that counts is the agreed level when there is one, else the assessed level.
 */

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
