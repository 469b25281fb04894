/**
 * KPI levels from the Roster, by person, for the KPI-vs-skill comparison. The
 * roster is scored by the application's one scoring path, under the pane's policy
 * (the company's KPI Rules when chosen), so the comparison shows the level the
 * Roster sheet shows.
 */
import { mapHeaders } from "../roster/header-map";
import { cellText } from "../roster/normalize";
import type { ScorePlan } from "../sheets/score-plan";
import type { TableData } from "../sheets/sheet-table";
import { personKey } from "./read-table";

/** KPI level 0-7 by personKey; null for a roster row that cannot be scored. */
export type KpiLevels = ReadonlyMap<string, number | null>;

/**
 * Each roster person's KPI level from the roster's scores. When an ID appears twice,
 * the first row counts, as a look-up in Excel would.
 * @example
 *   kpiLevels(roster, scorePlan(roster, options)).get(personKey("E001", "")) // => 3
 */
export function kpiLevels(roster: TableData, plan: Pick<ScorePlan, "people">): KpiLevels {
  const index = mapHeaders(roster.headers.map(cellText)).index;
  const levels = new Map<string, number | null>();
  roster.rows.forEach((cells, i) => {
    const id = index.employeeId < 0 ? "" : cellText(cells[index.employeeId]);
    const name = index.name < 0 ? "" : cellText(cells[index.name]);
    if (id === "" && name === "") return;
    const key = personKey(id, name);
    if (!levels.has(key)) levels.set(key, plan.people[i]?.level ?? null);
  });
  return levels;
}
