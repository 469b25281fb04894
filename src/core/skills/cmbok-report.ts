/**
 * The CMBOK Assessment table read back, and the `CMBOK Coverage` report built from
 * it: each person's coverage per CMBOK 2.0 domain as a heat map, and the team's
 * average coverage per domain as a column chart. Coverage is the core's reading
 * (rated 3 or 4 of the domain's competencies); this module only lays it out.
 */
import type { Lang, Localized } from "../catalog/types";
import { rosterKeyForHeader } from "../roster/header-map";
import {
  CMBOK_DOMAINS,
  cmbokCoverage,
  mapCmbokColumns,
  readCmbokRatings,
  safeText,
  teamCoverage,
  type CmbokColumns,
  type CmbokRatings,
  type DomainCoverage,
  type SkillProblem,
  type TeamDomainCoverage,
} from ".";
import type { SheetReport } from "../sheets/report";
import type { SheetCell, SheetTable, TableData } from "../sheets/sheet-table";
import { atRow, type CellProblem } from "./read-table";
import { REPORT_SHEETS } from "../layout";

export const CMBOK_COVERAGE_SHEET = REPORT_SHEETS.cmbokCoverage;

export const CMBOK_COVERAGE_TABLES = {
  people: "CMBOK_CoverageByPerson",
  team: "CMBOK_TeamCoverage",
} as const;

export const CMBOK_COVERAGE_CHART = "ITSS_CmbokTeamCoverage";

/** One person of the CMBOK Assessment table with their coverage per domain. */
export interface CmbokPerson {
  /** 0-based data row. */
  readonly index: number;
  readonly employeeId: string;
  readonly name: string;
  readonly ratings: CmbokRatings;
  readonly coverage: readonly DomainCoverage[];
}

export interface CmbokTableReading {
  /** Every non-blank row, in table order. */
  readonly people: readonly CmbokPerson[];
  readonly problems: readonly CellProblem[];
  /** How many CMBOK 2.0 competency columns the header row has (0: not an assessment table). */
  readonly competencyColumns: number;
}

/**
 * Read a CMBOK Assessment table. An invalid rating is reported and counts as not
 * rated; the rest of the row, and the other rows, are still read.
 */
export function readCmbokTable(data: TableData): CmbokTableReading {
  const columns = mapCmbokColumns(data.headers);
  const idAt = data.headers.findIndex((h) => rosterKeyForHeader(h) === "employeeId");
  const nameAt = data.headers.findIndex((h) => rosterKeyForHeader(h) === "name");
  const inputs = [idAt, nameAt, ...columns.columnOf.values()].filter((i) => i >= 0);
  const problems = columns.problems.map((p) => cellProblem(data, columns, -1, "", p));
  const people: CmbokPerson[] = [];
  data.rows.forEach((cells, index) => {
    if (inputs.every((i) => safeText(cells[i]) === "")) return;
    const employeeId = idAt < 0 ? "" : safeText(cells[idAt]);
    const name = nameAt < 0 ? "" : safeText(cells[nameAt]);
    const read = readCmbokRatings(columns, cells);
    for (const p of read.problems) problems.push(cellProblem(data, columns, index, employeeId, p));
    people.push({ index, employeeId, name, ratings: read.ratings, coverage: cmbokCoverage(read.ratings) });
  });
  return { people, problems, competencyColumns: columns.columnOf.size };
}

export interface CmbokCoverageReport extends SheetReport {
  /** The chart's bars: the team's average coverage per domain, 0-1. */
  readonly team: readonly TeamDomainCoverage[];
}

/**
 * The CMBOK Coverage sheet: per person, coverage per domain in percent (a heat
 * map from 0 to 100), and the team's average per domain with its chart.
 */
export function cmbokCoverageReport(people: readonly CmbokPerson[], lang: Lang): CmbokCoverageReport {
  const team = teamCoverage(people.map((p) => p.ratings));
  const domains = team.map((d) => d.domain);
  const byPerson: SheetTable = {
    sheet: CMBOK_COVERAGE_SHEET,
    table: CMBOK_COVERAGE_TABLES.people,
    headers: [
      t(lang, "Employee ID", "社員番号"),
      t(lang, "Name", "氏名"),
      ...domains.map((d) => `${d[lang]} (%)`),
    ],
    rows: people.map((p): SheetCell[] => [
      p.employeeId,
      p.name,
      ...p.coverage.map((c) => percent(c.coverage)),
    ]),
    widths: [12, 20, ...domains.map(() => 16)],
    wrap: [false, false, ...domains.map(() => true)],
    text: [true, true, ...domains.map(() => false)],
  };
  const teamTable: SheetTable = {
    sheet: CMBOK_COVERAGE_SHEET,
    table: CMBOK_COVERAGE_TABLES.team,
    headers: [
      t(lang, "Domain", "領域"),
      t(lang, "Team coverage (%)", "チームのカバー率（%）"),
      t(lang, "Competencies", "コンピテンシー数"),
      t(lang, "People", "人数"),
    ],
    rows: team.map((d, i): SheetCell[] => [
      d.domain[lang],
      percent(d.coverage),
      CMBOK_DOMAINS[i]?.competencies.length ?? null,
      d.people,
    ]),
    widths: [34, 18, 16, 10],
    text: [true, false, false, false],
  };
  return {
    sheet: CMBOK_COVERAGE_SHEET,
    tables: [byPerson, teamTable],
    charts: [
      {
        name: CMBOK_COVERAGE_CHART,
        kind: "columnClustered",
        table: CMBOK_COVERAGE_TABLES.team,
        columns: 2,
        title: t(lang, "Team coverage per CMBOK domain (%)", "CMBOK領域別のチームカバー率（%）"),
        xTitle: t(lang, "Domain", "領域"),
        yTitle: t(lang, "Coverage (%)", "カバー率（%）"),
      },
    ],
    colorScales: [
      { table: CMBOK_COVERAGE_TABLES.people, fromColumn: 2, toColumn: 1 + domains.length, min: 0, max: 100 },
    ],
    team,
  };
}

/** A 0-1 share as a percentage with one decimal, as the Level Distribution shows shares. */
export function percent(share: number): number {
  return Math.round(share * 1000) / 10;
}

const t = (lang: Lang, en: string, ja: string): string => (lang === "en" ? en : ja);

function cellProblem(
  data: TableData,
  columns: CmbokColumns,
  index: number,
  employeeId: string,
  problem: SkillProblem,
): CellProblem {
  const sheetRow = index < 0 ? data.headerRow : data.headerRow + 1 + index;
  const at = problem.header === null ? -1 : columns.headers.indexOf(problem.header);
  const message: Localized = atRow(sheetRow + 1, problem.message);
  return {
    index,
    employeeId,
    sheetRow,
    sheetColumn: data.firstColumn + Math.max(0, at),
    header: problem.header ?? "",
    value: problem.value,
    message,
  };
}
