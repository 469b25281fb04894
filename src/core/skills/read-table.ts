/**
 * Reads the Skills table as the workbook holds it and scores every row, the way
 * the Skill Level formula (HR.ITSSSKILLLEVEL) does: the report must show the same
 * level as the sheet, in Excel and in the preview alike. A bad cell never
 * stops the other rows; it becomes a problem that names its row, column and value
 * and points at the cell, like the Roster's.
 */
import type { Localized } from "../catalog/types";
import {
  mapSkillsHeaders,
  readSkillsRow,
  safeText,
  skillLevel,
  type SkillProblem,
  type SkillProblemKind,
  type SkillsAssessment,
  type SkillsHeaderMap,
} from ".";
import type { TableData } from "../sheets/sheet-table";
import { personKey } from "../roster/person-key";

/** A problem in one cell of an assessment table, with where to find it. */
export interface CellProblem {
  /** 0-based data row; -1 for the header row. */
  readonly index: number;
  readonly employeeId: string;
  /** 0-based sheet coordinates of the cell, for "go to the cell". */
  readonly sheetRow: number;
  readonly sheetColumn: number;
  /** The column as the sheet spells it. */
  readonly header: string;
  readonly value: string;
  /** The message, starting with the row number as the Roster's messages do. */
  readonly message: Localized;
}

/** One person of the Skills table and the level their ratings attain. */
export interface SkillsPerson {
  /** 0-based data row. */
  readonly index: number;
  readonly assessment: SkillsAssessment;
  /** Skill level 0-7; null when the row's field or a rating is invalid (the formula shows an error then). */
  readonly level: number | null;
}

export interface SkillsTableReading {
  /** Every non-blank row, in table order. */
  readonly people: readonly SkillsPerson[];
  readonly problems: readonly CellProblem[];
  /** People per skill level 0-7 (scored rows only). */
  readonly perLevel: readonly number[];
}

/**
 * Problems that keep the Skill Level formula from giving a level. A bad Target or
 * Assessed by is reported but does not: the formula does not read those cells.
 */
const BLOCKING: ReadonlySet<SkillProblemKind> = new Set(["rating", "field", "no-skill-items", "header"]);

/**
 * Read and score the Skills table. Blank rows (an empty table keeps one) are
 * skipped; header problems (two columns for one skill item) are reported once.
 */
export function readSkillsTable(data: TableData): SkillsTableReading {
  const map = mapSkillsHeaders(data.headers);
  const inputColumns = inputColumnsOf(map);
  const problems: CellProblem[] = map.skills.problems.map((p) => headerProblem(data, map, p));
  // Two columns for one skill item make the formula refuse every row; so does the report.
  const headerBlocked = map.skills.problems.length > 0;
  const people: SkillsPerson[] = [];
  const perLevel = [0, 0, 0, 0, 0, 0, 0, 0];
  data.rows.forEach((cells, index) => {
    if (inputColumns.every((i) => safeText(cells[i]) === "")) return;
    const read = readSkillsRow(map, cells);
    const rowProblems = read.problems.filter((p) => p.kind !== "header");
    const blocked = headerBlocked || rowProblems.some((p) => BLOCKING.has(p.kind));
    const field = read.assessment.field;
    const level = blocked || field === null ? null : skillLevel(read.assessment.ratings, field).level;
    if (level !== null) perLevel[level] = (perLevel[level] ?? 0) + 1;
    people.push({ index, assessment: read.assessment, level });
    for (const p of rowProblems) problems.push(rowProblem(data, map, index, read.assessment.employeeId, p));
  });
  return { people, problems, perLevel };
}

export { personKey };

/** Positions of the columns a person fills in; Skill Level and unknown columns are left out. */
function inputColumnsOf(map: SkillsHeaderMap): number[] {
  return [...Object.values(map.index).filter((i) => i >= 0), ...map.skills.columnOf.values()];
}

function columnOf(map: SkillsHeaderMap, header: string | null): number {
  const at = header === null ? -1 : map.skills.headers.indexOf(header);
  return Math.max(0, at);
}

function rowProblem(
  data: TableData,
  map: SkillsHeaderMap,
  index: number,
  employeeId: string,
  problem: SkillProblem,
): CellProblem {
  const sheetRow = data.headerRow + 1 + index;
  return {
    index,
    employeeId,
    sheetRow,
    sheetColumn: data.firstColumn + columnOf(map, problem.header),
    header: problem.header ?? "",
    value: problem.value,
    message: atRow(sheetRow + 1, problem.message),
  };
}

function headerProblem(data: TableData, map: SkillsHeaderMap, problem: SkillProblem): CellProblem {
  return {
    index: -1,
    employeeId: "",
    sheetRow: data.headerRow,
    sheetColumn: data.firstColumn + columnOf(map, problem.header),
    header: problem.header ?? "",
    value: problem.value,
    message: atRow(data.headerRow + 1, problem.message),
  };
}

/**
 * Prefix a cell message with its row: `Column "X": …` becomes `Row 4, column "X": …`
 * and `「X」列：…` becomes `4行目「X」列：…`, the Roster's wording.
 */
export function atRow(row: number, message: Localized): Localized {
  const en = message.en.startsWith('Column "')
    ? `Row ${row}, column ${message.en.slice("Column ".length)}`
    : `Row ${row}: ${message.en}`;
  const ja = message.ja.startsWith("「") ? `${row}行目${message.ja}` : `${row}行目：${message.ja}`;
  return { en, ja };
}
