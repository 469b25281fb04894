/**
 * The skill proficiency level of one person: the highest level L such that, at
 * every level 1..L, enough of the field's skill items are rated at that level or
 * above. "Enough" is a share of the items the seed describes at the level
 * (levels 1-2: the six common items); the default threshold 1 asks for all of
 * them, and a company may settle for 0.8.
 *
 * Why every level below must qualify too: ITSS levels are cumulative (a level 4
 * engineer is expected to do what level 3 asks), so a gap at level 2 is a real gap
 * even when the level 3 items are rated high. Blank ratings count against the share:
 * an item nobody rated is not evidence of the skill.
 */
import { skillItemsOfField, specialtyField } from "../catalog";
import type { Level, SpecialtyFieldId } from "../catalog/types";
import { describedItemsAt } from "./described";
import { isLevel, ratingProblem } from "./rating";
import { ALL_LEVELS, type SkillProblem, type SkillRatings } from "./types";

/** Every described item must be rated at the level: the standard's own reading. */
export const DEFAULT_SKILL_THRESHOLD = 1;

/** Shares are compared with this slack so that, e.g., 6/7 meets a threshold typed as 0.857142857142857. */
const SHARE_TOLERANCE = 1e-9;

/** How one level went: the numbers behind `met`, for the task pane's breakdown. */
export interface LevelShare {
  readonly level: Level;
  /** Items described at the level that are rated at the level or above. */
  readonly rated: number;
  /** Items the seed describes at the level for the field (0: the level cannot be attained). */
  readonly described: number;
  /** rated / described; 0 when nothing is described. */
  readonly share: number;
  /** share reaches the threshold (never when nothing is described). */
  readonly met: boolean;
}

/** The level and its per-level breakdown; problems instead of a level when the input is bad. */
export interface SkillLevelResult {
  /** Highest level with every level below it met; 0 when level 1 is not met; null when there are problems. */
  readonly level: number | null;
  /** Levels 1-7, lowest first. */
  readonly perLevel: readonly LevelShare[];
  readonly problems: readonly SkillProblem[];
}

/**
 * Score a person's skill ratings for their specialty field. Never throws.
 * Ratings of items that are not the field's are ignored; a rating above the
 * field's highest described level counts at every level.
 * @example
 *   const all4 = new Map(skillItemsOfField("hardware").map((s) => [s.id, 4]));
 *   skillLevel(all4, "hardware").level // => 4
 */
export function skillLevel(
  ratings: SkillRatings,
  field: SpecialtyFieldId,
  threshold: number = DEFAULT_SKILL_THRESHOLD,
): SkillLevelResult {
  const problems = [
    ...fieldProblems(field),
    ...thresholdProblems(threshold),
    ...ratingProblems(ratings, field),
  ];
  const perLevel = ALL_LEVELS.map((level) => shareAt(ratings, field, level, threshold));
  if (problems.length > 0) return { level: null, perLevel, problems };
  let level = 0;
  for (const share of perLevel) {
    if (!share.met) break;
    level = share.level;
  }
  return { level, perLevel, problems };
}

function shareAt(
  ratings: SkillRatings,
  field: SpecialtyFieldId,
  level: Level,
  threshold: number,
): LevelShare {
  const items = describedItemsAt(field, level);
  const rated = items.filter((item) => {
    const rating = ratings.get(item);
    return typeof rating === "number" && rating >= level;
  }).length;
  const described = items.length;
  const share = described === 0 ? 0 : rated / described;
  const met = described > 0 && validThreshold(threshold) && share >= threshold - SHARE_TOLERANCE;
  return { level, rated, described, share, met };
}

/** A share of items: more than 0, at most 1. */
export function validThreshold(threshold: unknown): threshold is number {
  return typeof threshold === "number" && threshold > 0 && threshold <= 1;
}

function thresholdProblems(threshold: number): SkillProblem[] {
  if (validThreshold(threshold)) return [];
  const text = String(threshold);
  return [
    {
      kind: "threshold",
      header: null,
      value: text,
      message: {
        en: `Threshold ${text} is not a share of the skill items; use a number greater than 0 and at most 1 (1 = every item, 0.8 = 80% of the items).`,
        ja: `しきい値${text}はスキル項目の割合として無効です。0より大きく1以下の数値を指定してください（1＝すべての項目、0.8＝項目の80%）。`,
      },
    },
  ];
}

function fieldProblems(field: SpecialtyFieldId): SkillProblem[] {
  const problem = noSkillItems(field);
  return problem ? [problem] : [];
}

/**
 * The problem for a field the seeds give no skill items (IT Service Management),
 * or null. Exported so callers can refuse such a field before reading any cell.
 */
export function noSkillItems(field: SpecialtyFieldId): SkillProblem | null {
  if (skillItemsOfField(field).length > 0) return null;
  const name = specialtyField(field).name;
  return {
    kind: "no-skill-items",
    header: null,
    value: name.en,
    message: {
      en: `${name.en} has no skill items: the IT Skill Standard seeds describe skill proficiency for the Customer Service fields only (Hardware, Software, Facility Management).`,
      ja: `${name.ja}にはスキル項目がありません。ITスキル標準の資料がスキル熟達度を定めているのはカスタマーサービスの専門分野（ハードウェア、ソフトウェア、ファシリティマネジメント）だけです。`,
    },
  };
}

function ratingProblems(ratings: SkillRatings, field: SpecialtyFieldId): SkillProblem[] {
  return skillItemsOfField(field).flatMap((item) => {
    const rating = ratings.get(item.id);
    return rating === null || rating === undefined || isLevel(rating)
      ? []
      : [ratingProblem(item.name, rating)];
  });
}
