/**
 * How the level distribution changes from round to round: counts per level 0-7 for
 * each round, overall and per field, shaped for a stacked column chart (one
 * category per round, one series per level).
 */
import { levelName, SPECIALTY_FIELDS } from "../catalog/fields";
import type { Lang, SpecialtyFieldId } from "../catalog/types";
import { effectiveLevel, type HistoryEntry } from "./history-table";
import { ALL_LEVELS } from "./levels";
import { roundsOf } from "./rounds-of";

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
