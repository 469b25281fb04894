/**
 * Scoring a whole roster from an Engagements ledger (the CLI's --engagements, the pane):
 * the ledger is read once with sheet row numbers, grouped by person, and each roster
 * row is scored exactly as HR.ITSSLEVEL scores it with that person's rows.
 */
import type { Edition, Lang } from "../core/catalog/types";
import {
  groupByPerson,
  readEngagements,
  scoreEngagements,
  unknownEmployees,
  type Day,
  type EngagementProblem,
  type EngagementScore,
} from "../core/engagements";
import {
  ENGAGEMENTS_SHEET,
  engagementsTemplate,
  ledgerFormulas,
  type EngagementsTemplateOptions,
} from "../core/engagements/template";
import { countEngagementHeaders, dayOf, mapEngagementHeaders } from "../core/engagements";
import type { RuleSet } from "../core/engine/rule-set";
import { cellText } from "../core/roster/normalize";
import { scorePlan } from "../core/sheets/score-plan";
import type { ScoreColumns } from "../core/sheets/sheet-table";
import type { Progress, WorkbookAdapter } from "../adapters/workbook";
import { APP_MESSAGES as TEXT } from "./problem";
import { ActionProblem, companyRulesTable } from "./roster";
import { countRosterHeaders, mapHeaders, type HeaderMap } from "../core/roster/header-map";
import { readEvidence } from "../core/roster/read-row";
import { personKey } from "../core/roster/person-key";

export interface SheetRows {
  readonly headers: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
  /** Sheet row number of the first data row (the header row's + 1). */
  readonly firstRow: number;
}

export interface LedgerOptions {
  readonly edition?: Edition;
  readonly rules?: RuleSet;
  readonly asOf: Day;
}

export interface LedgerRowScore {
  /** Sheet row of the roster row. */
  readonly row: number;
  readonly employeeId: string;
  readonly name: string;
  readonly score: EngagementScore;
}

export interface LedgerScore {
  readonly rows: readonly LedgerRowScore[];
  /** Problems of ledger rows (with sheet rows), unknown Employee IDs included. */
  readonly ledgerProblems: readonly EngagementProblem[];
  readonly engagements: number;
}

/** The header row of a sheet: the first of its first 50 rows naming at least three of the table's columns. */
function locate(
  rows: readonly (readonly unknown[])[],
  count: (row: readonly unknown[]) => number,
): SheetRows | null {
  const at = rows.slice(0, 50).findIndex((r) => count(r) >= 3);
  return at < 0 ? null : { headers: rows[at] ?? [], rows: rows.slice(at + 1), firstRow: at + 2 };
}

export const locateRoster = (rows: readonly (readonly unknown[])[]) => locate(rows, countRosterHeaders);
export const locateLedger = (rows: readonly (readonly unknown[])[]) => locate(rows, countEngagementHeaders);

/** Today on this machine's calendar, as the ledger counts days. */
export function todayDay(): Day {
  const now = new Date();
  return dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function scoreRosterWithLedger(
  roster: SheetRows,
  ledger: SheetRows,
  options: LedgerOptions,
): LedgerScore {
  const scorer = ledgerScorer(ledger, options);
  const map = mapHeaders(roster.headers);
  const score = scorer.rowScorer(map);
  const rows = roster.rows.map((cells, i): LedgerRowScore => score(cells, roster.firstRow + i));
  return { rows, ledgerProblems: scorer.problems(), engagements: scorer.engagements };
}

/**
 * The ledger read once and grouped by person, to score roster rows one at a time (the
 * command line streams the roster through it). Each row is scored as HR.ITSSLEVEL
 * scores it with the person's rows; roster cells with units ("35名") and ledger cells
 * with units are read as everywhere else.
 * @example
 *   const scorer = ledgerScorer(locateLedger(rows)!, { asOf: todayDay() });
 *   const score = scorer.rowScorer(rosterHeaderMap);
 *   score(cells, 2).score.level; ...; scorer.problems() // ledger rows' problems, unknown IDs included
 */
export function ledgerScorer(ledger: SheetRows, options: LedgerOptions) {
  const read = readEngagements(ledger.headers, ledger.rows, { numbering: "row", firstRow: ledger.firstRow });
  const byPerson = groupByPerson(read.engagements, personKey);
  const rosterIds = new Set<string>();
  const scoreOptions = {
    asOf: options.asOf,
    ...(options.edition ? { edition: options.edition } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
  };
  return {
    engagements: read.engagements.length,
    rowScorer(map: HeaderMap): (cells: readonly unknown[], row: number) => LedgerRowScore {
      const idAt = map.index.employeeId;
      return (cells, row) => {
        rosterIds.add(personKey(idAt < 0 ? "" : cells[idAt]));
        const { evidence, problems } = readEvidence(map, cells, row);
        const own = byPerson.get(personKey(evidence.employeeId)) ?? [];
        const score = scoreEngagements(evidence, problems, own, scoreOptions);
        return { row, employeeId: evidence.employeeId, name: evidence.name, score };
      };
    },
    /** The ledger's problems, with the Employee IDs no scored roster row has; in row order. */
    problems(): EngagementProblem[] {
      const unknown = unknownEmployees(read.engagements, rosterIds);
      return [...read.problems, ...unknown].sort((a, b) => a.row - b.row);
    },
  };
}

/** One row's result as the CLI's JSON carries it. */
export function ledgerRowJson(r: LedgerRowScore, lang: Lang) {
  const s = r.score;
  return {
    row: r.row,
    employeeId: r.employeeId,
    name: r.name,
    level: s.level,
    gaps: s.gaps.map((g) => g[lang]),
    ...(s.level === null ? { error: s.problems.map((p) => p.message[lang]).join(" ") } : {}),
    evidence: s.evidenceLevels,
  };
}

// ---- The pane's actions: create the Engagements table, score the roster from it ----

export const ENGAGEMENT_TEXT = {
  noLedger: {
    en: "No Engagements table yet: create one (Engagements › Create) or import a project history.",
    ja: "Engagements表がまだありません。作成するか、案件実績を取り込んでください。",
  },
  needsTable: {
    en: "Scoring from engagements needs the roster as an Excel table (Roster): live formulas refer to its columns.",
    ja: "案件からの判定には、名簿がExcelのテーブル（Roster）である必要があります。",
  },
} as const;

export async function createEngagements(
  wb: WorkbookAdapter,
  options: EngagementsTemplateOptions,
  progress?: Progress,
): Promise<void> {
  await wb.createTemplateTable(engagementsTemplate(options), progress);
}

export interface LedgerScoreOptions {
  readonly lang: Lang;
  readonly edition: Edition;
  readonly mode: "values" | "formulas";
  readonly useCompanyRules: boolean;
  /** Day of calculation for values mode (formulas count to TODAY()). */
  readonly asOf: Day;
}

export interface LedgerScoreResult {
  readonly scored: number;
  readonly engagements: number;
  readonly perLevel: readonly number[];
  readonly ledgerProblems: readonly EngagementProblem[];
}

/** Writes the roster's level and gap from the Engagements table, as values or live formulas. */
export async function scoreFromEngagements(
  wb: WorkbookAdapter,
  options: LedgerScoreOptions,
  progress?: Progress,
): Promise<LedgerScoreResult> {
  const roster = await wb.findRoster(false);
  if (!roster || roster.rows.length === 0) throw new ActionProblem(TEXT.noRoster);
  const ledger = await wb.readTable(ENGAGEMENTS_SHEET.table);
  if (!ledger) throw new ActionProblem(ENGAGEMENT_TEXT.noLedger);
  const table = options.useCompanyRules ? await companyRulesTable(wb) : undefined;
  const rules = table?.ruleSet;
  // The placement of the two columns (reused when present) is the roster scorer's.
  const plan = scorePlan(roster, { ...options, mode: "values", ...(rules ? { rules } : {}) });
  const evidenceHeaders = roster.headers.slice(0, plan.columns.offset).map(cellText);
  const result = scoreRosterWithLedger(
    {
      headers: evidenceHeaders,
      rows: roster.rows.map((r) => r.slice(0, evidenceHeaders.length)),
      firstRow: roster.headerRow + 2,
    },
    { headers: ledger.headers, rows: ledger.rows, firstRow: ledger.headerRow + 2 },
    { asOf: options.asOf, edition: options.edition, ...(rules ? { rules } : {}) },
  );
  const perLevel = [0, 0, 0, 0, 0, 0, 0, 0];
  const invalidRows: number[] = [];
  result.rows.forEach((r, i) => {
    if (r.score.level === null) invalidRows.push(i);
    else perLevel[r.score.level] = (perLevel[r.score.level] ?? 0) + 1;
  });
  const base = { headers: plan.columns.headers, offset: plan.columns.offset, invalidRows };
  let columns: ScoreColumns;
  if (options.mode === "formulas") {
    if (!roster.table) throw new ActionProblem(ENGAGEMENT_TEXT.needsTable);
    const map = mapHeaders(evidenceHeaders);
    const rosterId = evidenceHeaders[map.index.employeeId] ?? "Employee ID";
    const ledgerMap = mapEngagementHeaders(ledger.headers);
    const ledgerId = cellText(ledger.headers[ledgerMap.index.employeeId]) || "Employee ID";
    const itsm = result.rows.some((r) => r.score.evidence.category === "it-service-management");
    columns = {
      ...base,
      mode: "formulas",
      formulaStyle: "a1",
      formulas: ledgerFormulas(roster.table, evidenceHeaders, rosterId, ledgerId, {
        ...options,
        countToToday: itsm,
        ...(table ? { rulesHeaders: table.headers } : {}),
      }),
    };
  } else {
    const lang = options.lang;
    columns = {
      ...base,
      mode: "values",
      values: result.rows.map((r) =>
        r.score.level === null
          ? [
              "",
              `${lang === "en" ? "Error: " : "エラー："}${r.score.problems.map((p) => p.message[lang]).join(" ")}`,
            ]
          : [r.score.level, r.score.gaps.map((g) => g[lang]).join("\n")],
      ),
    };
  }
  await wb.writeScores(roster, columns, progress);
  return {
    scored: roster.rows.length,
    engagements: result.engagements,
    perLevel,
    ledgerProblems: result.ledgerProblems,
  };
}

/** Dates as the ledger reads them, for the pane's date fields. */
export { dayOf } from "../core/engagements/dates";
