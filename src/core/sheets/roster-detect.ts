/**
 * Whether a table's header row is a roster: it names the Specialty Field and at
 * least one more roster column, and it is not a Skills sheet (which also has
 * Employee ID, Name and Specialty Field, but rates skill items).
 */
import { countRosterHeaders, mapHeaders } from "../roster/header-map";
import { namesSkillItems } from "./skills-sheets";

export function looksLikeRoster(headers: readonly unknown[]): boolean {
  return (
    countRosterHeaders(headers) >= 2 && mapHeaders(headers).index.field >= 0 && !namesSkillItems(headers)
  );
}
