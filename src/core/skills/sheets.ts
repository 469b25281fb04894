/**
 * The two assessment sheets as table templates the workbook adapters already know
 * how to write (the Roster's RosterTemplate): `Skills` (seed 000 skill proficiency,
 * one row per person, a Skill Level column scored live by HR.ITSSSKILLLEVEL) and
 * `CMBOK Assessment` (seed 004, a 0-4 rating per CMBOK 2.0 competency).
 */
import { specialtyField } from "../catalog";
import type { Lang, Localized, SkillItemId } from "../catalog/types";
import {
  ASSESSORS,
  CMBOK_ASSESSMENT_COLUMNS,
  CMBOK_RATING_VALIDATION,
  mapSkillColumns,
  sampleCmbokRows,
  sampleSkillsRows,
  SKILL_FIELDS,
  SKILLS_COLUMNS,
  SKILLS_VALIDATION,
  type SkillsColumn,
} from ".";
import { columnLetter } from "../import/messages";
import type { ColumnRule, RosterTemplate, TemplateColumn } from "../sheets/roster-template";
import { LAYOUT } from "../layout";

export const SKILLS_SHEET = LAYOUT.skills;
export const CMBOK_ASSESSMENT_SHEET = LAYOUT.cmbokAssessment;

/** Header of the live formula column; the report ignores it and scores the ratings itself. */
export const SKILL_LEVEL_HEADER: Localized = { en: "Skill Level", ja: "スキル熟達度レベル" };

const SKILL_LEVEL_HELP: Localized = {
  en: "Calculated by HR.ITSSSKILLLEVEL from the row's ratings and Specialty Field: the highest level at which every skill item the field describes is rated at that level or above.",
  ja: "行の評価と専門分野からHR.ITSSSKILLLEVELで計算します。分野が定めるすべてのスキル項目がそのレベル以上と評価されている最高のレベルです。",
};

export interface AssessmentTemplateOptions {
  /** Header language; drop-down values (fields, Self/Manager) follow it. */
  readonly lang: Lang;
  readonly sampleRows: boolean;
}

/** Excel limits an input message title to 32 characters and its text to 255. */
const PROMPT_TITLE_MAX = 32;
const PROMPT_MESSAGE_MAX = 255;

/**
 * The Skills table: identity, Specialty Field (the three Customer Service fields),
 * a 1-7 rating column for every skill item of those fields, Target, Assessed by,
 * then Skill Level. A rating cell accepts only the levels the row's field defines
 * for the item (a custom validation formula over the row's field, see ratingRule),
 * and its input message lists them; the report checks the same when it reads rows.
 * @example
 *   skillsTemplate({ lang: "en", sampleRows: false }).columns.at(-1)?.header // => "Skill Level"
 */
export function skillsTemplate(options: AssessmentTemplateOptions): RosterTemplate {
  const { lang } = options;
  const inputs = SKILLS_COLUMNS.map((column) => skillsColumn(column, lang));
  const level: TemplateColumn = {
    key: "skillLevel",
    header: SKILL_LEVEL_HEADER[lang],
    rule: { kind: "none" },
    width: lang === "en" ? 11 : 16,
    formula: skillLevelFormula(inputs.map((c) => c.header)),
    prompt: prompt(SKILL_LEVEL_HEADER[lang], SKILL_LEVEL_HELP[lang]),
  };
  return {
    ...SKILLS_SHEET,
    columns: [...inputs, level],
    rows: options.sampleRows ? sampleSkillsRows(lang) : [],
  };
}

/**
 * The Skill Level formula: the whole input row with its header row (so columns may
 * be reordered) and the row's field. A blank row shows nothing, as in the Roster.
 * Headers are the template's, in order: the first is Employee ID, the last Assessed by.
 */
export function skillLevelFormula(inputHeaders: readonly string[]): string {
  const table = SKILLS_SHEET.table;
  const first = escapeColumn(inputHeaders[0] ?? "");
  const last = escapeColumn(inputHeaders[inputHeaders.length - 1] ?? "");
  const fieldAt = SKILLS_COLUMNS.findIndex((c) => c.key === "field");
  const field = escapeColumn(inputHeaders[fieldAt] ?? "");
  const row = `${table}[@[${first}]:[${last}]]`;
  const headers = `${table}[[#Headers],[${first}]:[${last}]]`;
  return `=IF(COUNTA(${row})=0,"",HR.ITSSSKILLLEVEL(${row},${headers},${table}[@[${field}]]))`;
}

function skillsColumn(column: SkillsColumn, lang: Lang): TemplateColumn {
  const header = column.header[lang];
  return {
    key: column.key,
    header,
    // A rating column's key is its skill item.
    rule:
      column.kind === "rating"
        ? ratingRule(column.key as SkillItemId, SKILLS_COLUMNS.indexOf(column), lang)
        : skillsRule(column, lang),
    prompt: prompt(header, column.help[lang]),
    width:
      column.kind === "rating" || column.kind === "target"
        ? ratingWidth(header, lang)
        : textWidth(header, lang),
  };
}

/**
 * A rating accepts only the levels the row's field defines for the item (seed 000):
 * a custom validation formula over the row's Specialty Field cell. Fields with the
 * same range share one condition, which keeps the formula under Excel's 255 characters.
 * A field that does not rate the item (Hardware technology for Software) accepts nothing.
 */
export function ratingRule(item: SkillItemId, columnIndex: number, lang: Lang): ColumnRule {
  const cell = `${columnLetter(columnIndex)}2`;
  const field = `$${columnLetter(SKILLS_COLUMNS.findIndex((c) => c.kind === "field"))}2`;
  const ranges = new Map<string, string[]>();
  for (const f of SKILL_FIELDS) {
    const levels = SKILLS_VALIDATION[f][item];
    if (levels.length === 0) continue;
    const key = `${Math.min(...levels)}-${Math.max(...levels)}`;
    ranges.set(key, [...(ranges.get(key) ?? []), specialtyField(f).name[lang]]);
  }
  const conditions = [...ranges].map(([range, names]) => {
    const [min, max] = range.split("-");
    const isField =
      names.length === 1 ? `${field}="${names[0]}"` : `OR(${names.map((n) => `${field}="${n}"`).join(",")})`;
    return `AND(${isField},${cell}>=${min},${cell}<=${max})`;
  });
  const any = conditions.length === 1 ? conditions[0] : `OR(${conditions.join(",")})`;
  return { kind: "custom", formula: `=OR(${cell}="",AND(${cell}=INT(${cell}),${any}))` };
}

function skillsRule(column: SkillsColumn, lang: Lang): ColumnRule {
  switch (column.kind) {
    case "field":
      return { kind: "list", values: SKILL_FIELDS.map((f) => specialtyField(f).name[lang]) };
    case "rating":
    case "target":
      return { kind: "whole", min: 1, max: 7 };
    case "assessor":
      return { kind: "list", values: ASSESSORS.map((a) => a.name[lang]) };
    case "text":
      return { kind: "none" };
  }
}

/**
 * The CMBOK Assessment table: identity, one 0-4 column per CMBOK 2.0 competency
 * headed by its code, domains in the published order, then Assessed by. The
 * competency's name and domain are in each column's input message.
 */
export function cmbokAssessmentTemplate(options: AssessmentTemplateOptions): RosterTemplate {
  const { lang } = options;
  const columns = CMBOK_ASSESSMENT_COLUMNS.map((column): TemplateColumn => {
    const header = column.header[lang];
    const rule: ColumnRule =
      column.kind === "rating"
        ? { kind: "whole", min: CMBOK_RATING_VALIDATION.min, max: CMBOK_RATING_VALIDATION.max }
        : column.kind === "assessor"
          ? { kind: "list", values: ASSESSORS.map((a) => a.name[lang]) }
          : { kind: "none" };
    return {
      key: column.key,
      header,
      rule,
      prompt: prompt(header, column.help[lang]),
      width: column.kind === "rating" ? 7 : textWidth(header, lang),
    };
  });
  return { ...CMBOK_ASSESSMENT_SHEET, columns, rows: options.sampleRows ? sampleCmbokRows(lang) : [] };
}

/**
 * True when a header row names skill items: a Skills table (or a report built
 * from one). Such a table has Employee ID, Name and Specialty Field, so it looks
 * like a roster; whoever looks for a roster should pass it over.
 */
export function namesSkillItems(headerRow: readonly unknown[]): boolean {
  return mapSkillColumns(headerRow).columnOf.size > 0;
}

function prompt(title: string, message: string): TemplateColumn["prompt"] {
  return { title: title.slice(0, PROMPT_TITLE_MAX), message: message.slice(0, PROMPT_MESSAGE_MAX) };
}

function textWidth(header: string, lang: Lang): number {
  return Math.max(12, Math.min(24, header.length * (lang === "ja" ? 2.2 : 1.2) + 4));
}

function ratingWidth(header: string, lang: Lang): number {
  return Math.max(8, Math.min(18, header.length * (lang === "ja" ? 2 : 1) + 2));
}

/** Structured references escape [, ], # and ' with an apostrophe. */
function escapeColumn(name: string): string {
  return name.replace(/['#[\]]/g, (ch) => `'${ch}`);
}
