/**
 * The Roster table template: the contract's columns in the chosen language, what
 * each column accepts (for drop-downs and number checks), its input message, and
 * the two formula columns that score each row live through the HR functions.
 */
import { JOB_CATEGORIES, ROLES, SCOPES, SPECIALTY_FIELDS, type Lang } from "../catalog";
import type { Localized } from "../catalog/types";
import { ROSTER_COLUMNS, type RosterColumnKey } from "../roster/columns";
import { sampleRosterRows } from "../roster/sample";
import { escapeColumn, rulesArgument } from "./rules-argument";
import type { SheetCell } from "./sheet-table";
import { LAYOUT, SCORE_COLUMNS } from "../layout";

export type ColumnRule =
  | { readonly kind: "list"; readonly values: readonly string[] }
  | { readonly kind: "whole" | "decimal"; readonly min: number; readonly max?: number }
  /** A formula written for the column's first data cell (row 2 of a table at A1); relative rows. */
  | { readonly kind: "custom"; readonly formula: string }
  | { readonly kind: "none" };

export interface TemplateColumn {
  /** Roster column key, "level" / "gap" for the formula columns, or another template's own key. */
  readonly key: string;
  readonly header: string;
  readonly rule: ColumnRule;
  readonly prompt: { readonly title: string; readonly message: string };
  readonly width: number;
  /** Formula for the calculated column (level and gap only). */
  readonly formula?: string;
}

export interface RosterTemplate {
  readonly sheet: string;
  readonly table: string;
  readonly columns: readonly TemplateColumn[];
  readonly rows: readonly (readonly SheetCell[])[];
}

export const ROSTER_SHEET = LAYOUT.roster;

export const SCORE_HEADERS = SCORE_COLUMNS;

export interface TemplateOptions {
  readonly lang: Lang;
  readonly sampleRows: boolean;
  /** Pass the workbook's KPI Rules table to the functions (the company's tailored rules). */
  readonly useCompanyRules: boolean;
  readonly edition?: "V3" | "V2";
  /** The KPI Rules table's header row, so the formulas pass only its rule columns. */
  readonly rulesHeaders?: readonly unknown[];
}

export function rosterTemplate(options: TemplateOptions): RosterTemplate {
  const { lang } = options;
  const yesNo = lang === "en" ? ["yes", "no"] : ["はい", "いいえ"];
  const lists: Partial<Record<RosterColumnKey, readonly string[]>> = {
    category: JOB_CATEGORIES.map((c) => c.name[lang]),
    field: SPECIALTY_FIELDS.map((f) => f.name[lang]),
    role: ROLES.map((r) => r.name[lang]),
    scope: SCOPES.map((s) => s.name[lang]),
    international: yesNo,
    mentoring: yesNo,
    ap: yesNo,
  };
  const evidence = ROSTER_COLUMNS.map((c): TemplateColumn => {
    const list = lists[c.key];
    const rule: ColumnRule = list
      ? { kind: "list", values: list }
      : c.kind === "integer"
        ? { kind: "whole", min: 0, ...(c.key === "complexity" ? { max: 7 } : {}) }
        : c.kind === "number"
          ? { kind: "decimal", min: 0 }
          : { kind: "none" };
    return {
      key: c.key,
      header: c.header[lang],
      rule,
      prompt: { title: c.header[lang].slice(0, 32), message: c.help[lang].slice(0, 255) },
      width: Math.max(10, Math.min(24, c.header[lang].length * (lang === "ja" ? 2.2 : 1.2) + 4)),
    };
  });
  const first = evidence[0]?.header ?? "";
  const last = evidence[evidence.length - 1]?.header ?? "";
  const table = ROSTER_SHEET.table;
  const row = `${table}[@[${escapeColumn(first)}]:[${escapeColumn(last)}]]`;
  const headers = `${table}[[#Headers],[${escapeColumn(first)}]:[${escapeColumn(last)}]]`;
  const rules = options.useCompanyRules ? rulesArgument(options.rulesHeaders) : "";
  const edition = options.edition === "V2" ? `"V2"` : "";
  const args = (...a: string[]): string => a.join(",").replace(/,+$/, "");
  // A blank row (e.g. the one an empty table keeps) shows nothing instead of an error.
  const levelFormula = `=IF(COUNTA(${row})=0,"",HR.ITSSLEVEL(${args(row, headers, rules, edition)}))`;
  const gapFormula = `=IF(COUNTA(${row})=0,"",HR.ITSSGAP(${args(row, headers, "", rules, edition, `"${lang}"`)}))`;
  const scoreColumns: TemplateColumn[] = [
    {
      key: "level",
      header: SCORE_HEADERS.level[lang],
      rule: { kind: "none" },
      width: 11,
      formula: levelFormula,
      prompt: {
        title: SCORE_HEADERS.level[lang],
        message:
          lang === "en"
            ? "Calculated by HR.ITSSLEVEL from the row."
            : "行の内容からHR.ITSSLEVELで計算します。",
      },
    },
    {
      key: "gap",
      header: SCORE_HEADERS.gap[lang],
      rule: { kind: "none" },
      width: 60,
      formula: gapFormula,
      prompt: {
        title: SCORE_HEADERS.gap[lang],
        message:
          lang === "en"
            ? "What is missing for the next level, by HR.ITSSGAP."
            : "次のレベルに不足している条件（HR.ITSSGAP）。",
      },
    },
  ];
  return {
    ...ROSTER_SHEET,
    columns: [...evidence, ...scoreColumns],
    rows: options.sampleRows ? sampleRows(lang) : [],
  };
}

/** Structured references need [, ], #, ' escaped with an apostrophe. */

/** The built-in sample roster: the product's own names (category, field...) in the chosen language. */
export function sampleRows(lang: Lang): SheetCell[][] {
  return localiseProductValues(
    sampleRosterRows(),
    ROSTER_COLUMNS.map((c) => c.key),
    lang,
  );
}

const YES_NO: readonly Localized[] = [
  { en: "yes", ja: "はい" },
  { en: "no", ja: "いいえ" },
];

/**
 * The values the product defines, by column key: only these are ever translated. A
 * column of the user's own text (IDs, names, departments, engagements) is never
 * translated, even where its text equals a product name ("Service Desk" is a field
 * and may be a department).
 */
const PRODUCT_VALUES: Readonly<Record<string, readonly Localized[]>> = {
  category: JOB_CATEGORIES.map((c) => c.name),
  field: SPECIALTY_FIELDS.map((f) => f.name),
  role: ROLES.map((r) => r.name),
  scope: SCOPES.map((s) => s.name),
  international: YES_NO,
  mentoring: YES_NO,
  ap: YES_NO,
  successful: YES_NO,
};

/**
 * Sample rows (written in English) with the product-defined values of each column
 * in `lang`; `keys` names each column (template column keys). Other cells are kept.
 */
export function localiseProductValues(
  rows: readonly (readonly SheetCell[])[],
  keys: readonly string[],
  lang: Lang,
): SheetCell[][] {
  if (lang === "en") return rows.map((r) => [...r]);
  const byColumn = keys.map((key) => {
    const names = PRODUCT_VALUES[key];
    return names ? new Map(names.map((n) => [n.en, n[lang]])) : undefined;
  });
  return rows.map((r) => r.map((v, c) => (typeof v === "string" ? (byColumn[c]?.get(v) ?? v) : v)));
}
