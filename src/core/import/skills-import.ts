/**
 * Import of a skill sheet HR already keeps into the `Skills` table: the header row
 * below titles, columns mapped by skill item and identity names, ratings read in
 * the spellings managers type ("Lv3", "レベル3", "３") and written as numbers with
 * a note, and every cell that cannot be read kept as it is and flagged with its
 * row, column, value and what is valid. No row is dropped.
 */
import { specialtyField } from "../catalog";
import type { Lang, Level, Localized, SpecialtyFieldId } from "../catalog/types";
import { FIELD_NAMES } from "../roster/names";
import { cellText, didYouMean, foldName, isBlank } from "../roster/normalize";
import { attainableSkillLevels, levelRange } from "../skills/described";
import { parseRating, RATING_VALID } from "../skills/rating";
import {
  ASSESSOR_VALID,
  ASSESSORS,
  isSkillField,
  parseAssessor,
  SKILL_FIELDS,
  SKILLS_COLUMNS,
  type SkillsColumn,
  type SkillsColumnKey,
} from "../skills/skills-template";
import { ALL_LEVELS } from "../skills/types";
import { SKILL_LEVEL_HEADER } from "../skills/sheets";
import {
  buildAssessmentPlan,
  changedNote,
  detectAssessmentHeader,
  extraColumnLayout,
  KEEP_CELL,
  layOutRows,
  noRowsMessage,
  type AssessmentImportResult,
  type CellReader,
  type ColumnLayout,
} from "./assessment-import";
import type { HeaderDetectionOptions } from "./detect-header";
import { BLANK, normaliseName, type Normalised } from "./normalise-cell";
import {
  mapSkillsImportColumns,
  matchSkillsHeader,
  skillsHeaderScore,
  type SkillsMappedColumn,
} from "./skills-columns-import";
import type { CellValue, SheetRows } from "./types";
import { ROW_MESSAGES } from "../roster/messages";

export interface SkillsImportOptions extends HeaderDetectionOptions {
  /** Language of the Skills table's headers: of the template, and of columns it lacks. */
  readonly lang: Lang;
}

export type SkillsImportResult = AssessmentImportResult<SkillsMappedColumn>;

/**
 * Plans the import of a skill sheet's cells into the Skills table.
 * @example
 *   planSkillSheet([["スキル評価"], ["氏名", "専門分野", "リーダーシップ"], ["山田", "ハードウェア", "Lv3"]], { lang: "ja" })
 *   // => ok; plan.rows[0].values hold "山田", "ハードウェア" and 3, with a note for "Lv3"
 */
export function planSkillSheet(rows: SheetRows, options: SkillsImportOptions): SkillsImportResult {
  const found = detectAssessmentHeader(rows, { ...options, score: skillsHeaderScore });
  if (!found.ok) return found;
  const { detection } = found;
  const mapping = mapSkillsImportColumns(detection.headers);
  const bySkillsKey = new Map<SkillsColumnKey, SkillsMappedColumn>();
  for (const c of mapping) if (c.target !== "extra") bySkillsKey.set(c.target, c);
  if (!SKILLS_COLUMNS.some((c) => c.kind === "rating" && bySkillsKey.has(c.key)))
    return { ok: false, message: noSkillItemColumns(detection.headerRowNumber) };
  if (detection.dataRows.length === 0)
    return { ok: false, message: noRowsMessage(detection.headerRowNumber) };

  const layout: ColumnLayout[] = [
    ...SKILLS_COLUMNS.map((c): ColumnLayout => {
      const source = bySkillsKey.get(c.key);
      return {
        column: {
          target: c.key,
          header: c.header[options.lang],
          sourceIndex: source?.index ?? null,
          sourceHeader: source?.header ?? null,
        },
        read: READERS[c.kind],
      };
    }),
    ...mapping.filter((c) => c.target === "extra").map(extraColumnLayout),
  ];
  const missing = SKILLS_COLUMNS.filter((c) => !bySkillsKey.has(c.key));
  const notes: Localized[] = mapping.flatMap((c) => (c.note ? [c.note] : []));
  if (missing.some((c) => c.key === "field")) notes.push(NO_FIELD_COLUMN);
  if (missing.length > 0) notes.push(missingColumnsNote(missing));
  const built = buildAssessmentPlan(detection, layout, layOutRows(detection, layout), {
    headerLanguage: options.lang,
    reserved: SKILLS_RESERVED,
    notes,
    required: new Map([["field", { problem: NO_FIELD_IN_SHEET, valid: SKILL_FIELDS_VALID }]]),
  });
  return built.ok ? { ok: true, detection, mapping, plan: built.plan } : built;
}

/** Headers of the Skills template (and its Skill Level column) in both languages: no extra column takes them. */
const SKILLS_RESERVED: readonly string[] = [
  ...SKILLS_COLUMNS.flatMap((c) => [c.header.en, c.header.ja]),
  SKILL_LEVEL_HEADER.en,
  SKILL_LEVEL_HEADER.ja,
];

/**
 * The Skills column a header of the Skills table names, by exact name or accepted
 * spelling ("skillLevel" for the formula column); null for any other column.
 */
export function skillsColumnMeaning(header: unknown): string | null {
  const text = cellText(header);
  const folded = foldName(text);
  if (folded === foldName(SKILL_LEVEL_HEADER.en) || folded === foldName(SKILL_LEVEL_HEADER.ja))
    return "skillLevel";
  const match = matchSkillsHeader(text);
  return match && match.confidence !== "close" ? match.key : null;
}

// ---- Cell readers ----

const NOT_A_RATING: Localized = { en: "is not a skill rating", ja: "はスキル評価として無効です" };
const NOT_A_TARGET: Localized = { en: "is not a target level", ja: "は目標レベルとして無効です" };
const NOT_AN_ASSESSOR: Localized = { en: "is not an assessor", ja: "は評価者として無効です" };
const EMPTY: Localized = { en: "is empty", ja: "空欄です" };
const NOT_A_FIELD: Localized = ROW_MESSAGES.notField;
const NO_SKILL_ITEMS: Localized = {
  en: "is a specialty field without skill items in the standard",
  ja: "は標準にスキル項目がない専門分野です",
};
const NO_FIELD_IN_SHEET: Localized = {
  en: "has no column in the sheet, so the row cannot be scored",
  ja: "に当たる列がシートにないため、この行は評価できません",
};

/** The fields the Skills table holds, for messages. */
export const SKILL_FIELDS_VALID: Localized = {
  en: SKILL_FIELDS.map((f) => specialtyField(f).name.en).join(", "),
  ja: SKILL_FIELDS.map((f) => specialtyField(f).name.ja).join("、"),
};

const SKILL_FIELD_NAMES: readonly string[] = SKILL_FIELDS.flatMap((f) => {
  const name = specialtyField(f).name;
  return [name.en, name.ja];
});

/**
 * A rating 1-7 in any spelling parseRating reads, written as the number; a value
 * spelled otherwise than its number ("Lv3", "レベル3", "３") gets a note.
 */
export const readSkillRating: CellReader = (raw) => {
  if (isBlank(raw)) return BLANK;
  const parsed = parseRating(raw);
  if (!parsed.ok || parsed.value === null) return { ok: false, problem: NOT_A_RATING, valid: RATING_VALID };
  return asNumber(raw, parsed.value);
};

/**
 * The Specialty Field, as its standard name in the language the source used; it
 * must be a field with skill items (Hardware, Software, Facility Management), or
 * the row's Skill Level cannot be computed.
 */
export const readSkillsField: CellReader = (raw) => {
  if (isBlank(raw)) return { ok: false, problem: EMPTY, valid: SKILL_FIELDS_VALID };
  const named = normaliseName("field", raw);
  const id = FIELD_NAMES.find(cellText(raw));
  if (named.ok && id !== undefined && isSkillField(id)) return named;
  const suggestion = id === undefined ? didYouMean(cellText(raw), SKILL_FIELD_NAMES) : undefined;
  return {
    ok: false,
    problem: id === undefined ? NOT_A_FIELD : NO_SKILL_ITEMS,
    valid: SKILL_FIELDS_VALID,
    ...(suggestion ? { suggestion } : {}),
  };
};

/** Target: a level the row's field can attain (any level 1-7 while the field is unknown). */
export const readSkillsTarget: CellReader = (raw, cellOf) => {
  if (isBlank(raw)) return BLANK;
  const parsed = parseRating(raw);
  const field = skillFieldOf(cellOf("field"));
  const allowed: readonly Level[] = field === undefined ? ALL_LEVELS : attainableSkillLevels(field);
  if (parsed.ok && parsed.value !== null && allowed.includes(parsed.value))
    return asNumber(raw, parsed.value);
  const name = field === undefined ? undefined : specialtyField(field).name;
  const valid =
    name === undefined
      ? { en: "a level from 1 to 7, or blank", ja: "1～7のレベル、または空欄" }
      : {
          en: `a skill level of ${name.en}, ${levelRange(allowed, "en")}, or blank`,
          ja: `${name.ja}のスキル熟達度レベル（${levelRange(allowed, "ja")}）、または空欄`,
        };
  return { ok: false, problem: NOT_A_TARGET, valid };
};

/** Assessed by: Self or Manager, written in the language the source used ("自己評価" -> "本人"). */
export const readAssessedBy: CellReader = (raw) => {
  if (isBlank(raw)) return BLANK;
  const parsed = parseAssessor(raw);
  if (!parsed.ok || parsed.value === null)
    return { ok: false, problem: NOT_AN_ASSESSOR, valid: ASSESSOR_VALID };
  const text = cellText(raw);
  const names = ASSESSORS.find((a) => a.id === parsed.value)?.name ?? { en: parsed.value, ja: parsed.value };
  const value = JAPANESE.test(text) ? names.ja : names.en;
  if (foldName(value) === foldName(text)) return { ok: true, value };
  return { ok: true, value, note: changedNote(raw, value) };
};

const READERS: Readonly<Record<SkillsColumn["kind"], CellReader>> = {
  text: KEEP_CELL,
  field: readSkillsField,
  rating: readSkillRating,
  target: readSkillsTarget,
  assessor: readAssessedBy,
};

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]/;

function asNumber(raw: CellValue, value: number): Normalised {
  const note = changedNote(raw, value);
  return note ? { ok: true, value, note } : { ok: true, value };
}

function skillFieldOf(raw: CellValue): SpecialtyFieldId | undefined {
  const id = isBlank(raw) ? undefined : FIELD_NAMES.find(cellText(raw));
  return id !== undefined && isSkillField(id) ? id : undefined;
}

// ---- Messages ----

const NO_FIELD_COLUMN: Localized = {
  en: "No column gives the Specialty Field: every row is flagged, since the field decides which skill items and levels apply. Fill it in in the Skills table.",
  ja: "専門分野に当たる列がありません。適用するスキル項目とレベルは専門分野で決まるため、全行に問題の印が付きます。スキル表で入力してください。",
};

function missingColumnsNote(missing: readonly SkillsColumn[]): Localized {
  return {
    en: `These Skills columns are not in the sheet and stay blank: ${missing.map((c) => c.header.en).join(", ")}.`,
    ja: `次のスキル表の列はシートにないため空欄になります：${missing.map((c) => c.header.ja).join("、")}。`,
  };
}

function noSkillItemColumns(headerRow: number): Localized {
  return {
    en: `Row ${headerRow}, the header row, names no skill item (such as Leadership or リーダーシップ), so this is not a skill sheet. Use the Import tab for a roster.`,
    ja: `見出し行（${headerRow}行目）にスキル項目（リーダーシップ、Leadershipなど）の列がないため、スキルシートとして取り込めません。名簿は「取り込み」タブから取り込んでください。`,
  };
}
