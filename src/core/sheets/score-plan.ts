/**
 * Scoring a roster that is already in the workbook: which columns hold level and
 * gap (reused when present, else appended), their values or formulas, the invalid
 * rows with the cell to show, and counts per level.
 */
import type { Edition, Lang, Localized } from "../catalog/types";
import type { RuleSet } from "../engine/rule-set";
import { scoreRow, type RowScore } from "../engine/score-row";
import { mapHeaders, type HeaderMap } from "../roster/header-map";
import { cellText, foldName, isBlank } from "../roster/normalize";
import { gapCellText } from "../roster/score-roster";
import type { ScoredPerson } from "./distribution";
import { SCORE_COLUMNS as SCORE_HEADERS, SCORE_COLUMN_ALIASES } from "../layout";
import { rulesArgument } from "./rules-argument";
import type { ScoreColumns, SheetCell, TableData } from "./sheet-table";

export interface InvalidRow {
  /** 0-based index within the data rows. */
  readonly index: number;
  readonly employeeId: string;
  /** 0-based sheet coordinates of the first bad cell. */
  readonly sheetRow: number;
  readonly sheetColumn: number;
  readonly messages: readonly Localized[];
}

export interface ScorePlan {
  readonly columns: ScoreColumns;
  readonly perLevel: readonly number[];
  readonly invalid: readonly InvalidRow[];
  readonly people: readonly ScoredPerson[];
  /** The evidence columns' header map (the table's own score columns left out). */
  readonly headers: HeaderMap;
  /** Every data row's score, in table order. */
  readonly scores: readonly RowScore[];
  /** Per data row: every evidence cell is blank (a template's empty row). Not a person, not invalid. */
  readonly blank: readonly boolean[];
}

export interface ScorePlanOptions {
  readonly mode: "values" | "formulas";
  readonly lang: Lang;
  readonly edition: Edition;
  /** The workbook's KPI Rules, when the company's tailored rules are used. */
  readonly rules?: RuleSet;
  readonly useCompanyRules: boolean;
  /** Read units written in cells ("35名" as 35); on unless turned off. */
  readonly readUnits?: boolean;
  /** The KPI Rules table's header row, so the formulas pass only its rule columns. */
  readonly rulesHeaders?: readonly unknown[];
}

const LEVEL_HEADERS = new Set(
  [SCORE_HEADERS.level.en, SCORE_HEADERS.level.ja, ...SCORE_COLUMN_ALIASES.level].map(foldName),
);
const GAP_HEADERS = new Set(
  [SCORE_HEADERS.gap.en, SCORE_HEADERS.gap.ja, ...SCORE_COLUMN_ALIASES.gap].map(foldName),
);

export function scorePlan(data: TableData, options: ScorePlanOptions): ScorePlan {
  const headerText = data.headers.map(cellText);
  // Our own score columns are not evidence: find them to reuse, and leave them out of the row.
  const levelAt = headerText.findIndex((h) => LEVEL_HEADERS.has(foldName(h)));
  const gapAt = headerText.findIndex((h) => GAP_HEADERS.has(foldName(h)));
  const reuse = levelAt >= 0 && gapAt === levelAt + 1;
  const evidenceWidth = reuse ? levelAt : headerText.length;
  const offset = reuse ? levelAt : headerText.length;
  const headers = mapHeaders(headerText.slice(0, evidenceWidth));

  const perLevel = [0, 0, 0, 0, 0, 0, 0, 0];
  const invalid: InvalidRow[] = [];
  const people: ScoredPerson[] = [];
  const scores: RowScore[] = [];
  const blank: boolean[] = [];
  const values: [SheetCell, SheetCell][] = [];
  const withValues = options.mode === "values";
  data.rows.forEach((cells, index) => {
    const sheetRow = data.headerRow + 1 + index;
    const evidence = cells.slice(0, evidenceWidth);
    const score = scoreRow(evidence, {
      headers,
      row: sheetRow + 1,
      edition: options.edition,
      rules: options.rules,
      readUnits: options.readUnits ?? true,
    });
    scores.push(score);
    // As the formulas' IF(COUNTA(row)=0,"",...): an empty row is nobody, neither scored nor invalid.
    const empty = evidence.every(isBlank);
    blank.push(empty);
    if (empty) {
      if (withValues) values.push(["", ""]);
      return;
    }
    people.push({ field: score.evidence.field, department: score.evidence.department, level: score.level });
    if (score.level === null) {
      const first = score.problems[0];
      const column = first ? Math.max(0, headers.index[first.column]) : 0;
      invalid.push({
        index,
        employeeId: score.evidence.employeeId,
        sheetRow,
        sheetColumn: data.firstColumn + column,
        messages: score.problems.map((p) => p.message),
      });
      if (withValues) values.push(["", gapCellText(score, options.lang)]);
    } else {
      perLevel[score.level] = (perLevel[score.level] ?? 0) + 1;
      // Formulas compute the sentences in the workbook: write them only as values.
      if (withValues) values.push([score.level, gapCellText(score, options.lang)]);
    }
  });

  const columnHeaders: [string, string] = reuse
    ? [
        headerText[levelAt] ?? SCORE_HEADERS.level[options.lang],
        headerText[gapAt] ?? SCORE_HEADERS.gap[options.lang],
      ]
    : [SCORE_HEADERS.level[options.lang], SCORE_HEADERS.gap[options.lang]];
  const base = { headers: columnHeaders, offset, invalidRows: invalid.map((r) => r.index) };
  const columns: ScoreColumns =
    options.mode === "values"
      ? { ...base, mode: "values", values }
      : {
          ...base,
          mode: "formulas",
          ...scoreFormulas(data, headerText.slice(0, evidenceWidth), offset, options),
        };
  return { columns, perLevel, invalid, people, headers, scores, blank };
}

function scoreFormulas(
  data: TableData,
  evidenceHeaders: readonly string[],
  offset: number,
  options: ScorePlanOptions,
): { formulas: [string, string]; formulaStyle: "a1" | "r1c1" } {
  const rules = options.useCompanyRules ? rulesArgument(options.rulesHeaders) : "";
  const edition = options.edition === "V2" ? `"V2"` : "";
  const lang = `"${options.lang}"`;
  const args = (...a: string[]): string => a.join(",").replace(/,+$/, "");
  if (data.table) {
    const esc = (name: string): string => name.replace(/(['#[\]])/g, "'$1");
    const first = esc(evidenceHeaders[0] ?? "");
    const last = esc(evidenceHeaders[evidenceHeaders.length - 1] ?? "");
    const row = `${data.table}[@[${first}]:[${last}]]`;
    const head = `${data.table}[[#Headers],[${first}]:[${last}]]`;
    return {
      formulas: [
        `=IF(COUNTA(${row})=0,"",HR.ITSSLEVEL(${args(row, head, rules, edition)}))`,
        `=IF(COUNTA(${row})=0,"",HR.ITSSGAP(${args(row, head, "", rules, edition, lang)}))`,
      ],
      formulaStyle: "a1",
    };
  }
  // A plain range: R1C1 text is the same in every row, relative to the formula's own cell.
  const width = evidenceHeaders.length;
  const formulaColumn = (k: number): [string, string] => {
    const left = -(offset + k);
    const right = left + width - 1;
    const row = `RC[${left}]:RC[${right}]`;
    const head = `R${data.headerRow + 1}C[${left}]:R${data.headerRow + 1}C[${right}]`;
    return [row, head];
  };
  const [row0, head0] = formulaColumn(0);
  const [row1, head1] = formulaColumn(1);
  return {
    formulas: [
      `=IF(COUNTA(${row0})=0,"",HR.ITSSLEVEL(${args(row0, head0, rules, edition)}))`,
      `=IF(COUNTA(${row1})=0,"",HR.ITSSGAP(${args(row1, head1, "", rules, edition, lang)}))`,
    ],
    formulaStyle: "r1c1",
  };
}
