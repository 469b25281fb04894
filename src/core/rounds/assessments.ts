/**
 * Who assessed each roster row of a round (`Assessed by`: self or manager), and
 * the rows grouped by person, so the comparison and the level resolution agree on
 * who is who.
 */
import type { Localized } from "../catalog/types";
import type { RowScore } from "../engine/score-row";
import type { HeaderMap } from "../roster/header-map";
import type { LocatedRoster } from "../roster/locate-roster";
import { cellMessage } from "../roster/read-row";
import { cellText, foldName, isBlank } from "../roster/normalize";
import type { RoundProblem, TableColumn } from "./reading";
import { personKey } from "../roster/person-key";

/*
 * Who assessed a roster row. In an assessment round a person assesses themself and
 * their manager assesses them, so the roster holds up to two rows per person; the
 * optional `Assessed by` column tells them apart. The roster contract does not list
 * the column, so it arrives among the header map's extra columns and is found here.
 */

export type Assessor = "self" | "manager";

export const ASSESSED_BY_COLUMN: TableColumn<"assessedBy"> = {
  key: "assessedBy",
  header: { en: "Assessed by", ja: "評価者" },
  aliases: ["assessor", "assessment", "assessment by", "evaluated by", "evaluator", "評価区分", "評価者区分"],
};

export const ASSESSOR_NAMES: Readonly<Record<Assessor, Localized>> = {
  self: { en: "Self", ja: "本人" },
  manager: { en: "Manager", ja: "上長" },
};

const SPELLINGS: Readonly<Record<Assessor, readonly string[]>> = {
  self: [
    "self",
    "self assessment",
    "self evaluation",
    "myself",
    "本人",
    "本人評価",
    "自己",
    "自己評価",
    "自分",
  ],
  manager: [
    "manager",
    "manager assessment",
    "line manager",
    "mgr",
    "supervisor",
    "boss",
    "上長",
    "上長評価",
    "上司",
    "上司評価",
    "管理者",
  ],
};

const ASSESSOR_BY_FOLDED = new Map<string, Assessor>(
  (Object.keys(SPELLINGS) as Assessor[]).flatMap((a) => SPELLINGS[a].map((s) => [foldName(s), a] as const)),
);

const HEADER_NAMES = new Set(
  [ASSESSED_BY_COLUMN.header.en, ASSESSED_BY_COLUMN.header.ja, ...(ASSESSED_BY_COLUMN.aliases ?? [])].map(
    foldName,
  ),
);

/**
 * Reads an `Assessed by` cell: Self / Manager, 本人 / 上長 and their variants, in any
 * case or width. Undefined when the cell says something else.
 * @example parseAssessor("ＭＡＮＡＧＥＲ") // => "manager"
 */
export function parseAssessor(value: unknown): Assessor | undefined {
  return ASSESSOR_BY_FOLDED.get(foldName(cellText(value)));
}

/** Position of the `Assessed by` column in a roster's header row, -1 when the roster has none. */
export function findAssessorColumn(headers: HeaderMap): number {
  return headers.headers.findIndex((h) => HEADER_NAMES.has(foldName(h)));
}

/** A scored roster row with who assessed it; null when the row does not say. */
export interface AssessedRow {
  readonly score: RowScore;
  readonly assessedBy: Assessor | null;
}

export interface AssessedRoster {
  readonly rows: readonly AssessedRow[];
  /** False when the roster has no `Assessed by` column: every row is then one plain assessment. */
  readonly hasAssessorColumn: boolean;
  /** `Assessed by` cells that name neither self nor manager. */
  readonly problems: readonly RoundProblem[];
}

const NOT_AN_ASSESSOR: Localized = {
  en: "is not an assessor. Valid: Self, Manager (本人, 上長)",
  ja: "は評価者として無効です。有効な値：本人、上長（Self、Manager）",
};

/**
 * Pairs each scored row with its `Assessed by` value. `scores` are the roster's
 * rows scored in order (what scoreRoster returns); a blank cell gives null.
 */
export function readAssessments(roster: LocatedRoster, scores: readonly RowScore[]): AssessedRoster {
  if (scores.length !== roster.dataRows.length) {
    throw new RangeError(
      `readAssessments needs one score per roster row: ${scores.length} scores for ${roster.dataRows.length} rows`,
    );
  }
  const column = findAssessorColumn(roster.headers);
  const header = column >= 0 ? (roster.headers.headers[column] ?? "") : ASSESSED_BY_COLUMN.header.en;
  const problems: RoundProblem[] = [];
  const rows = roster.dataRows.map((dataRow, i): AssessedRow => {
    const score = scores[i] as RowScore;
    if (column < 0) return { score, assessedBy: null };
    const raw = dataRow.cells[column];
    if (isBlank(raw)) return { score, assessedBy: null };
    const assessedBy = parseAssessor(raw);
    if (assessedBy === undefined) {
      const value = cellText(raw);
      problems.push({
        row: dataRow.rowNumber,
        column: header,
        value,
        message: cellMessage(dataRow.rowNumber, header, value, NOT_AN_ASSESSOR),
      });
    }
    return { score, assessedBy: assessedBy ?? null };
  });
  return { rows, hasAssessorColumn: column >= 0, problems };
}

/*
 * Groups a round's roster rows by person, keeping the rows each assessor gave, so
 * the comparison and the level resolution agree on who is who.
 */

export interface PersonRows {
  /** The Employee ID compared (see personKey). */
  readonly key: string;
  /** The Employee ID as the first row spells it. */
  readonly employeeId: string;
  readonly self: readonly AssessedRow[];
  readonly manager: readonly AssessedRow[];
  /** Rows whose `Assessed by` is blank (or the roster has no such column). */
  readonly unlabelled: readonly AssessedRow[];
}

export interface GroupedRows {
  /** In the order each person first appears in the roster. */
  readonly people: readonly PersonRows[];
  /** Rows without an Employee ID: they cannot be paired or tracked across rounds. */
  readonly withoutId: readonly AssessedRow[];
}

interface Collecting {
  readonly employeeId: string;
  readonly self: AssessedRow[];
  readonly manager: AssessedRow[];
  readonly unlabelled: AssessedRow[];
}

export function groupByPerson(rows: readonly AssessedRow[]): GroupedRows {
  const byKey = new Map<string, Collecting>();
  const withoutId: AssessedRow[] = [];
  for (const row of rows) {
    const key = personKey(row.score.evidence.employeeId);
    if (key === "") {
      withoutId.push(row);
      continue;
    }
    let person = byKey.get(key);
    if (!person) {
      person = { employeeId: row.score.evidence.employeeId, self: [], manager: [], unlabelled: [] };
      byKey.set(key, person);
    }
    (row.assessedBy === null ? person.unlabelled : person[row.assessedBy]).push(row);
  }
  return { people: [...byKey].map(([key, p]) => ({ key, ...p })), withoutId };
}

/** The person's display text from their rows: the manager's row first, as for the level. */
export function displayOf(person: PersonRows): { name: string; department: string } {
  const rows = [...person.manager, ...person.self, ...person.unlabelled];
  const first = (pick: (r: AssessedRow) => string): string => rows.map(pick).find((t) => t !== "") ?? "";
  return { name: first((r) => r.score.evidence.name), department: first((r) => r.score.evidence.department) };
}

/** "Employee E001 (Sato Hanako)" / "社員番号E001（佐藤花子）": who a message is about. */
export function whoText(employeeId: string, name: string): Localized {
  return {
    en: name === "" ? `Employee ${employeeId}` : `Employee ${employeeId} (${name})`,
    ja: name === "" ? `社員番号${employeeId}` : `社員番号${employeeId}（${name}）`,
  };
}
