/**
 * Which table is the roster. One rule for both adapters: the product's own tables
 * (Levels, KPI Rules, Skill Items, CMBOK, Skills, CMBOK Assessment, History, Self vs
 * Manager, and any table on a report sheet) are never the roster, whatever their
 * headers; the `Roster` table is the roster when it names the Specialty Field (even
 * after a skills import put skill columns into it); otherwise the first other table
 * whose header row looks like a roster.
 *
 * Kept free of the skills and rounds modules, which load only when their tab opens.
 */
import { findSkillItem } from "../catalog";
import { countRosterHeaders, mapHeaders } from "../roster/header-map";
import { cellText } from "../roster/normalize";
import { LAYOUT, NOT_ROSTER_TABLES, REPORT_SHEET_NAMES } from "../layout";

export { NOT_ROSTER_TABLES };

/** A table of the workbook as the adapters see it when looking for the roster. */
export interface RosterCandidate {
  readonly name: string;
  readonly sheet: string;
  readonly headers: readonly unknown[];
}

/** The roster among the workbook's tables, or undefined: "No roster yet". */
export function pickRoster<T extends RosterCandidate>(tables: readonly T[]): T | undefined {
  const allowed = tables.filter((t) => isScorable(t.name, t.sheet));
  return (
    allowed.find((t) => t.name === LAYOUT.roster.table && mapHeaders(t.headers).index.field >= 0) ??
    allowed.find((t) => looksLikeRoster(t.headers, t.name))
  );
}

/** False for the product's own tables and report sheets: never scored. */
export function isScorable(tableName: string | null, sheet: string): boolean {
  if (tableName !== null && NOT_ROSTER_TABLES.includes(tableName)) return false;
  return !REPORT_SHEET_NAMES.includes(sheet);
}

export function looksLikeRoster(headers: readonly unknown[], tableName?: string): boolean {
  if (tableName !== undefined && NOT_ROSTER_TABLES.includes(tableName)) return false;
  if (headers.some((h) => findSkillItem(cellText(h)) !== undefined)) return false;
  return countRosterHeaders(headers) >= 2 && mapHeaders(headers).index.field >= 0;
}
