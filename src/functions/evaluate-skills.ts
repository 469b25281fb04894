/**
 * What the ITSSSKILLLEVEL custom function computes, on arguments shaped as Excel
 * passes them (2-D arrays, "" for empty cells, null for missing optional
 * arguments). The scoring is in core/skills; this module only checks arguments
 * and turns problems into FunctionError: #VALUE! for a bad argument or rating,
 * #N/A for a field name that is not a field or a field without skill items (the
 * same split as evaluate.ts, so ITSSSKILL and ITSSSKILLLEVEL answer a bad field alike).
 */
import {
  skillItemsOfField,
  specialtyField,
  type Lang,
  type Localized,
  type SpecialtyFieldId,
} from "../core/catalog";
import { FIELD_NAMES, listNames } from "../core/roster/names";
import { cellText, parseNumber } from "../core/roster/normalize";
import {
  DEFAULT_SKILL_THRESHOLD,
  mapSkillColumns,
  noSkillItems,
  readSkillRatings,
  skillLevel,
  SKILLS_COLUMNS,
  validThreshold,
  type SkillColumns,
  type SkillProblem,
} from "../core/skills";
import { FunctionError } from "./evaluate";
import { nonValue, omitted, RecentArguments, sameCells } from "./host-cells";

type Matrix = readonly (readonly unknown[])[];

let messageLang: Lang = "en";

/**
 * Language of the messages. evaluate.ts keeps its own default private, so the
 * functions runtime sets this one from Office's display language as well.
 */
export function setSkillMessageLang(lang: Lang): void {
  messageLang = lang;
}

const valueError = (message: Localized): FunctionError => new FunctionError("#VALUE!", message[messageLang]);
const notAvailable = (message: Localized): FunctionError => new FunctionError("#N/A", message[messageLang]);

/**
 * The skill proficiency level (0-7) of one Skills table row: the highest level at
 * which, at that level and every level below, the share of the field's described
 * skill items rated at the level or above reaches `threshold` (default 1).
 * @example
 *   itssSkillLevel([[3, 3, 3, 3, 3, 3, 3]], null, "Hardware", null) // => 3
 */
export function itssSkillLevel(
  ratings: Matrix,
  headers: Matrix | null,
  field: unknown,
  threshold: unknown,
): number {
  const cells = hostRatings(oneRow(ratings, "ratings"));
  const fieldId = readField(field);
  const noItems = noSkillItems(fieldId);
  if (noItems) throw notAvailable(noItems.message);
  const share = readThreshold(threshold);
  const read = readSkillRatings(columnsFor(headers, cells.length, fieldId), cells, fieldId);
  if (read.problems.length > 0) throw valueError(joined(read.problems));
  const result = skillLevel(read.ratings, fieldId, share);
  if (result.level === null) throw valueError(joined(result.problems));
  return result.level;
}

function oneRow(range: Matrix, name: string): readonly unknown[] {
  if (!Array.isArray(range) || range.length === 0 || !Array.isArray(range[0]))
    throw valueError({ en: `${name} must be a range of cells`, ja: `${name}にはセル範囲を指定してください` });
  if (range.length !== 1)
    throw valueError({
      en: `${name} must be one Skills table row; it has ${range.length} rows. Pass one row, such as Skills[@]`,
      ja: `${name}にはスキル表の1行を指定してください（${range.length}行あります）。Skills[@]のように1行を渡してください`,
    });
  return range[0] as readonly unknown[];
}

function readField(field: unknown): SpecialtyFieldId {
  const value = Array.isArray(field) ? oneCell(field as Matrix) : field;
  const what = nonValue(value);
  if (what) throw valueError({ en: `field ${what.en}`, ja: `field${what.ja}` });
  if (omitted(value))
    throw valueError({
      en: "field is empty; give the person's specialty field, such as Hardware or [@[Specialty Field]]",
      ja: "fieldが空です。ハードウェアや[@[専門分野]]のように専門分野を指定してください",
    });
  const text = cellText(value);
  const id = FIELD_NAMES.find(text);
  if (id) return id;
  const hint = FIELD_NAMES.suggest(text);
  throw notAvailable({
    en: `"${text}" is not a specialty field. Valid: ${listNames(FIELD_NAMES.names, "en")}${hint ? `. Did you mean ${hint}?` : ""}`,
    ja: `「${text}」は専門分野ではありません。有効な値：${listNames(FIELD_NAMES.names, "ja")}${hint ? `。もしかして「${hint}」ですか？` : ""}`,
  });
}

function oneCell(range: Matrix): unknown {
  if (range.length === 1 && range[0]?.length === 1) return range[0][0];
  throw valueError({ en: "field must be a single cell", ja: "fieldには1つのセルを指定してください" });
}

function readThreshold(threshold: unknown): number {
  if (omitted(threshold)) return DEFAULT_SKILL_THRESHOLD;
  const text = typeof threshold === "string" ? threshold.normalize("NFKC").trim() : threshold;
  const percent = typeof text === "string" && text.endsWith("%");
  const parsed =
    typeof text === "boolean"
      ? { ok: false as const }
      : parseNumber(percent ? String(text).slice(0, -1) : text);
  const share = parsed.ok ? (percent ? parsed.value / 100 : parsed.value) : NaN;
  if (validThreshold(share)) return share;
  const shown = cellText(threshold);
  throw valueError({
    en: `threshold "${shown}" is not a share of the skill items; use a number greater than 0 and at most 1 (1 = every item, the default; 0.8 = 80% of the items)`,
    ja: `threshold「${shown}」はスキル項目の割合として無効です。0より大きく1以下の数値を指定してください（1＝すべての項目、既定値。0.8＝項目の80%）`,
  });
}

const TEMPLATE_COLUMNS = mapSkillColumns(SKILLS_COLUMNS.map((c) => c.header.en));

/**
 * Skill columns of the row. Without headers the row is either the field's seven
 * ratings in catalog order or a whole Skills table row in template order; any other
 * width is ambiguous, so the header row is asked for.
 */
function columnsFor(headers: Matrix | null, width: number, field: SpecialtyFieldId): SkillColumns {
  const items = skillItemsOfField(field);
  const name = specialtyField(field).name;
  if (headers === null || headers === undefined) {
    if (width === items.length) return fieldOrderColumns(field);
    if (width === SKILLS_COLUMNS.length) return TEMPLATE_COLUMNS;
    throw valueError({
      en: `ratings has ${width} cells; without headers pass the ${items.length} ratings of ${name.en} in this order: ${items.map((i) => i.name.en).join(", ")}, or a whole Skills table row (${SKILLS_COLUMNS.length} columns). Otherwise pass the matching header row`,
      ja: `ratingsのセルは${width}個です。headersを省略する場合は、${name.ja}の${items.length}項目の評価を「${items.map((i) => i.name.ja).join("、")}」の順に渡すか、スキル表の1行全体（${SKILLS_COLUMNS.length}列）を渡してください。それ以外は対応する見出し行を渡してください`,
    });
  }
  const cells = oneRow(headers, "headers");
  if (cells.length !== width)
    throw valueError({
      en: `headers has ${cells.length} columns but ratings has ${width}; pass the header row that matches the ratings (same first and last column)`,
      ja: `headersは${cells.length}列、ratingsは${width}列です。ratingsと同じ列範囲（最初と最後の列が同じ）の見出し行を渡してください`,
    });
  const columns = cachedColumns(cells);
  if (columns.problems.length > 0) throw valueError(joined(columns.problems));
  if (!items.some((i) => columns.columnOf.has(i.id)))
    throw valueError({
      en: `headers name none of the skill items of ${name.en} (${items.map((i) => i.name.en).join(", ")}); pass the Skills table's header row`,
      ja: `headersに${name.ja}のスキル項目（${items.map((i) => i.name.ja).join("、")}）がありません。スキル表の見出し行を渡してください`,
    });
  return columns;
}

const fieldOrderCache = new Map<SpecialtyFieldId, SkillColumns>();

function fieldOrderColumns(field: SpecialtyFieldId): SkillColumns {
  let columns = fieldOrderCache.get(field);
  if (!columns) {
    columns = mapSkillColumns(skillItemsOfField(field).map((i) => i.name.en));
    fieldOrderCache.set(field, columns);
  }
  return columns;
}

const recentColumns = new RecentArguments<readonly unknown[], SkillColumns>(sameCells);

function cachedColumns(cells: readonly unknown[]): SkillColumns {
  return recentColumns.get(cells, mapSkillColumns);
}

/**
 * Ratings as the engine should read them: a rating is 1-7, so a 0 is an empty cell from
 * Excel desktop (the web passes null; see host-cells.ts). A data-type or error cell is named.
 */
function hostRatings(cells: readonly unknown[]): readonly unknown[] {
  let out: unknown[] | undefined;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === 0) (out ??= [...cells])[i] = "";
    else if (cell !== null && typeof cell === "object") {
      const what = nonValue(cell);
      if (what)
        throw valueError({
          en: `ratings cell ${i + 1} ${what.en}`,
          ja: `ratingsの${i + 1}番目のセル${what.ja}`,
        });
    }
  }
  return out ?? cells;
}

function joined(problems: readonly SkillProblem[]): Localized {
  return {
    en: problems.map((p) => p.message.en).join(" "),
    ja: problems.map((p) => p.message.ja).join(" "),
  };
}
