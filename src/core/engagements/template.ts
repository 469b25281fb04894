/**
 * The Engagements table the pane creates (drop-downs, number and date checks, an input
 * message per column, optional sample rows), and the roster formulas that score each
 * person from it: HR.ITSSLEVEL / HR.ITSSGAP with the person's FILTER'ed rows.
 */
import { ROLES, SCOPES, SPECIALTY_FIELDS } from "../catalog/fields";
import type { Edition, Lang } from "../catalog/types";
import { columnLetter } from "../import/messages";
import {
  localiseProductValues,
  type ColumnRule,
  type RosterTemplate,
  type TemplateColumn,
} from "../sheets/roster-template";
import { escapeColumn as esc, rulesArgument } from "../sheets/rules-argument";
import { ENGAGEMENT_COLUMNS, type EngagementColumnKey } from "./columns";
import { sampleEngagementRows } from "./sample";

export const ENGAGEMENTS_SHEET = { sheet: "Engagements", table: "Engagements" } as const;

export interface EngagementsTemplateOptions {
  readonly lang: Lang;
  readonly sampleRows: boolean;
}

const at = (key: EngagementColumnKey): string =>
  `${columnLetter(ENGAGEMENT_COLUMNS.findIndex((c) => c.key === key))}2`;

export function engagementsTemplate(options: EngagementsTemplateOptions): RosterTemplate {
  const { lang } = options;
  const yesNo = lang === "en" ? ["yes", "no"] : ["はい", "いいえ"];
  const lists: Partial<Record<EngagementColumnKey, readonly string[]>> = {
    field: SPECIALTY_FIELDS.map((f) => f.name[lang]),
    role: ROLES.map((r) => r.name[lang]),
    scope: SCOPES.map((s) => s.name[lang]),
    successful: yesNo,
    international: yesNo,
  };
  // Dates are numbers in Excel; an End is on or after its Start.
  const start = at("start");
  const end = at("end");
  const dateRules: Partial<Record<EngagementColumnKey, ColumnRule>> = {
    start: { kind: "custom", formula: `=ISNUMBER(${start})` },
    end: { kind: "custom", formula: `=OR(${end}="",AND(ISNUMBER(${end}),${end}>=${start}))` },
  };
  const columns = ENGAGEMENT_COLUMNS.map((c): TemplateColumn => {
    const list = lists[c.key];
    const rule: ColumnRule = list
      ? { kind: "list", values: list }
      : (dateRules[c.key] ??
        (c.kind === "integer"
          ? { kind: "whole", min: 0, ...(c.key === "complexity" ? { max: 7 } : {}) }
          : c.kind === "number"
            ? { kind: "decimal", min: 0 }
            : { kind: "none" }));
    return {
      key: c.key,
      header: c.header[lang],
      rule,
      prompt: { title: c.header[lang].slice(0, 32), message: c.help[lang].slice(0, 255) },
      width:
        c.key === "engagement" || c.key === "evidence"
          ? 28
          : Math.max(10, Math.min(20, c.header[lang].length * (lang === "ja" ? 2.2 : 1.2) + 4)),
    };
  });
  return { ...ENGAGEMENTS_SHEET, columns, rows: options.sampleRows ? sampleRows(lang) : [] };
}

/** The sample ledger with the product's own names (field, role, scope, yes/no) in the chosen language. */
function sampleRows(lang: Lang) {
  return localiseProductValues(
    sampleEngagementRows(),
    ENGAGEMENT_COLUMNS.map((c) => c.key),
    lang,
  );
}

export interface LedgerFormulaOptions {
  readonly lang: Lang;
  readonly edition: Edition;
  readonly useCompanyRules: boolean;
  /** The KPI Rules table's header row, so the formulas pass only its rule columns. */
  readonly rulesHeaders?: readonly unknown[];
  /**
   * Pass TODAY() so ongoing engagements count up to the day of calculation. It makes the
   * cells recalculate with every calculation, so the pane passes it only when the roster
   * has IT Service Management rows (the only ones whose years grow).
   */
  readonly countToToday: boolean;
}

/**
 * Level and gap formulas for a Roster table: the row, its headers, and the person's rows
 * of the Engagements table (FILTER with "" when there are none) with its header row.
 */
export function ledgerFormulas(
  rosterTable: string,
  evidenceHeaders: readonly string[],
  employeeIdHeader: string,
  /** The Engagements table's Employee ID header as the table spells it (English or Japanese). */
  ledgerIdHeader: string,
  options: LedgerFormulaOptions,
): [string, string] {
  const first = esc(evidenceHeaders[0] ?? "");
  const last = esc(evidenceHeaders[evidenceHeaders.length - 1] ?? "");
  const row = `${rosterTable}[@[${first}]:[${last}]]`;
  const head = `${rosterTable}[[#Headers],[${first}]:[${last}]]`;
  const t = ENGAGEMENTS_SHEET.table;
  const ledger = `FILTER(${t},${t}[${esc(ledgerIdHeader)}]=${rosterTable}[@[${esc(employeeIdHeader)}]],"")`;
  const rules = options.useCompanyRules ? rulesArgument(options.rulesHeaders) : "";
  const edition = options.edition === "V2" ? `"V2"` : "";
  const today = options.countToToday ? "TODAY()" : "";
  const args = (...a: string[]): string => a.join(",").replace(/,+$/, "");
  return [
    `=IF(COUNTA(${row})=0,"",HR.ITSSLEVEL(${args(row, head, rules, edition, ledger, `${t}[#Headers]`, today)}))`,
    `=IF(COUNTA(${row})=0,"",HR.ITSSGAP(${args(row, head, "", rules, edition, `"${options.lang}"`, ledger, `${t}[#Headers]`, today)}))`,
  ];
}
