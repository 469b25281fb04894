/**
 * Whether a table is a roster: its header row names the Specialty Field and at
 * least one more roster column, and it is not one of the product's own tables
 * that look alike: a Skills sheet (Employee ID, Name, Specialty Field, but rates
 * skill items), History or Self vs Manager.
 */
import { countRosterHeaders, mapHeaders } from "../roster/header-map";
import { ROUND_TABLES } from "./rounds-sheets";
import { namesSkillItems } from "./skills-sheets";

export function looksLikeRoster(headers: readonly unknown[], tableName?: string): boolean {
  if (tableName !== undefined && ROUND_TABLES.includes(tableName)) return false;
  return (
    countRosterHeaders(headers) >= 2 && mapHeaders(headers).index.field >= 0 && !namesSkillItems(headers)
  );
}
