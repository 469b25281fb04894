/**
 * Finds the skill item columns of a header row and reads one person's ratings
 * from a row. Header rows may hold any other columns (Employee ID, Name, Target,
 * Assessed by, comments): they are not skill items, so they are skipped.
 */
import { findSkillItem, skillItemsOfField } from "../catalog";
import type { Level, SkillItemId, SpecialtyFieldId } from "../catalog/types";
import { parseRating, ratingProblem, safeText } from "./rating";
import type { SkillProblem } from "./types";

/** Where the skill items sit in a header row; computed once per header row. */
export interface SkillColumns {
  /** Header text by position, as the sheet spells it. */
  readonly headers: readonly string[];
  /** Position of each skill item's column. */
  readonly columnOf: ReadonlyMap<SkillItemId, number>;
  /** Two columns naming the same skill item. */
  readonly problems: readonly SkillProblem[];
}

/**
 * Locate skill item columns by English or Japanese item name, compared folded
 * (case, width, spaces and punctuation do not matter).
 * @example
 *   mapSkillColumns(["Name", "リーダーシップ", "Negotiation"]).columnOf.get("leadership") // => 1
 */
export function mapSkillColumns(headerRow: readonly unknown[]): SkillColumns {
  const headers = headerRow.map(safeText);
  const columnOf = new Map<SkillItemId, number>();
  const problems: SkillProblem[] = [];
  headers.forEach((header, i) => {
    const item = header === "" ? undefined : findSkillItem(header);
    if (!item) return;
    const first = columnOf.get(item.id);
    if (first === undefined) {
      columnOf.set(item.id, i);
      return;
    }
    const firstHeader = headers[first] ?? "";
    problems.push({
      kind: "header",
      header,
      value: header,
      message: {
        en: `Columns "${firstHeader}" and "${header}" both name the skill item ${item.name.en}; keep one of them.`,
        ja: `「${firstHeader}」列と「${header}」列がどちらもスキル項目「${item.name.ja}」です。どちらか一方にしてください。`,
      },
    });
  });
  return { headers, columnOf, problems };
}

/** One row's ratings for the field, ready for skillLevel. */
export interface RatingsRead {
  /** A rating (or null) for every skill item of the field. */
  readonly ratings: ReadonlyMap<SkillItemId, Level | null>;
  /** Field items without a column; they count as not rated. */
  readonly missing: readonly SkillItemId[];
  readonly problems: readonly SkillProblem[];
}

/**
 * Read the ratings of the field's skill items from one row. Columns of other
 * fields' items (a Skills table serves several fields) are not read, so a stray
 * value there cannot block this person's score.
 */
export function readSkillRatings(
  columns: SkillColumns,
  cells: readonly unknown[],
  field: SpecialtyFieldId,
): RatingsRead {
  const ratings = new Map<SkillItemId, Level | null>();
  const missing: SkillItemId[] = [];
  const problems: SkillProblem[] = [...columns.problems];
  for (const item of skillItemsOfField(field)) {
    const column = columns.columnOf.get(item.id);
    if (column === undefined) {
      missing.push(item.id);
      ratings.set(item.id, null);
      continue;
    }
    const value = cells[column];
    const parsed = parseRating(value);
    if (parsed.ok) {
      ratings.set(item.id, parsed.value);
    } else {
      const header = columns.headers[column] || item.name.en;
      problems.push(ratingProblem({ en: header, ja: header }, value));
      ratings.set(item.id, null);
    }
  }
  return { ratings, missing, problems };
}
