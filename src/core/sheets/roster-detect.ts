/**
 * Whether a table is a roster: its header row names the Specialty Field and at
 * least one more roster column, and it is not one of the product's own tables
 * that look alike: a Skills sheet (Employee ID, Name, Specialty Field, but rates
 * skill items), History or Self vs Manager.
 *
 * Kept free of the skills and rounds modules, which load only when their tab opens.
 */
import { findSkillItem } from "../catalog";
import { countRosterHeaders, mapHeaders } from "../roster/header-map";
import { cellText } from "../roster/normalize";

/** The assessment-round tables (see rounds-sheets.ts ROUND_TABLES; a test keeps the two equal). */
export const NOT_ROSTER_TABLES: readonly string[] = ["Self_vs_Manager", "History"];

export function looksLikeRoster(headers: readonly unknown[], tableName?: string): boolean {
  if (tableName !== undefined && NOT_ROSTER_TABLES.includes(tableName)) return false;
  if (headers.some((h) => findSkillItem(cellText(h)) !== undefined)) return false;
  return countRosterHeaders(headers) >= 2 && mapHeaders(headers).index.field >= 0;
}
