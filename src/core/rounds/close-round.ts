/**
 * Closing a round: one level per person, the History rows of the round, and how
 * they change the append-only History table.
 */
import { specialtyField } from "../catalog/fields";
import type { Lang, Localized, SpecialtyFieldId } from "../catalog/types";
import { type AssessedRow, type Assessor, displayOf, groupByPerson, whoText } from "./assessments";
import {
  fieldHasLevel,
  levelsOfField,
  locateColumns,
  missingColumns,
  quoteHeaders,
  type RoundProblem,
} from "./reading";
import { personKey } from "../roster/person-key";
import type { AgreedLevel } from "./agreement";
import { HISTORY_COLUMNS, historyCells, type HistoryEntry, historyHeader, historyLanguage } from "./history";
import { roundKey, snapshotDate, validateRoundLabel } from "./round-label";
import { isBlank } from "../roster/normalize";

/*
 * One level per person for the round: the level the distribution and the History
 * snapshot record. The manager's row decides the assessed level when there is one
 * (the manager's judgement is the one HR signs off), else the self row, else the
 * row that does not say who assessed it; the agreed level from the `Self vs
 * Manager` sheet, when filled, overrides both.
 */

export interface AssessedPerson {
  readonly employeeId: string;
  readonly name: string;
  readonly department: string;
  readonly field: SpecialtyFieldId | null;
  /** Level of the deciding row; null when that row is invalid (its problems say why). */
  readonly assessedLevel: number | null;
  /** Which row decided the assessed level; null for a row without `Assessed by`. */
  readonly assessedBy: Assessor | null;
  readonly agreedLevel: number | null;
  readonly comment: string;
}

export interface ResolvedRound {
  /** One entry per person, in the order people first appear in the roster. */
  readonly people: readonly AssessedPerson[];
  /** Rows without an Employee ID, and agreed levels that match nobody or not the field. */
  readonly problems: readonly RoundProblem[];
}

/**
 * Resolve each person's assessed and agreed level. When a person has two rows of
 * the same kind, the first counts (the comparison reports the repeat). An invalid
 * deciding row gives no assessed level rather than falling back to the other row,
 * so a typo in the manager's row never lets the self assessment stand in silently.
 */
export function resolveAssessedLevels(
  rows: readonly AssessedRow[],
  agreed: readonly AgreedLevel[] = [],
): ResolvedRound {
  const { people, withoutId } = groupByPerson(rows);
  const problems: RoundProblem[] = withoutId.map((r) => ({
    row: r.score.row,
    column: "",
    value: r.score.evidence.name,
    message: {
      en: `Row ${r.score.row ?? "?"} has no Employee ID; it is left out of the round`,
      ja: `${r.score.row ?? "?"}行目に社員番号がありません。この行は評価回に含めません`,
    },
  }));
  const agreedByPerson = new Map(agreed.map((a) => [personKey(a.employeeId), a]));
  const resolved = people.map((person): AssessedPerson => {
    const deciding = person.manager[0] ?? person.self[0] ?? person.unlabelled[0];
    const evidence = deciding?.score.evidence;
    const field = evidence?.field ?? null;
    const { name, department } = displayOf(person);
    const agreement = agreedByPerson.get(person.key);
    agreedByPerson.delete(person.key);
    let agreedLevel = agreement?.level ?? null;
    if (agreement && agreedLevel !== null && field !== null && !fieldHasLevel(field, agreedLevel)) {
      problems.push(agreedNotOfField(agreement, agreedLevel, field, whoText(person.employeeId, name)));
      agreedLevel = null;
    }
    return {
      employeeId: person.employeeId,
      name,
      department,
      field,
      assessedLevel: deciding?.score.level ?? null,
      assessedBy: deciding?.assessedBy ?? null,
      agreedLevel,
      comment: agreement?.comment ?? "",
    };
  });
  for (const orphan of agreedByPerson.values()) {
    if (orphan.level === null && orphan.comment === "") continue;
    problems.push({
      row: orphan.row,
      column: "",
      value: orphan.employeeId,
      message: {
        en: `Row ${orphan.row} of the agreed levels names Employee ID ${orphan.employeeId}, who has no row in the roster; it is ignored`,
        ja: `合意レベルの${orphan.row}行目の社員番号${orphan.employeeId}は名簿にありません。この行は使いません`,
      },
    });
  }
  return { people: resolved, problems };
}

/** The roster's field changed after the sheet was filled, and the agreed level no longer fits it. */
function agreedNotOfField(
  agreement: AgreedLevel,
  level: number,
  field: SpecialtyFieldId,
  who: Localized,
): RoundProblem {
  const name = specialtyField(field).name;
  const valid = levelsOfField(field);
  return {
    row: agreement.row,
    column: "",
    value: String(level),
    message: {
      en: `${who.en}: agreed level ${level} is not a level of ${name.en} (valid: ${valid}); the assessed level is used`,
      ja: `${who.ja}：合意レベル${level}は${name.ja}のレベルではありません（有効：${valid}）。評価レベルを使います`,
    },
  };
}

/*
 * "Close the round": the people of the round as History entries, stamped with the
 * round label and the date, ready for planCloseRound to append.
 */

/** A person as snapshotted; the skill level comes from a skill assessment when the workbook has one. */
export type SnapshotPerson = Pick<
  AssessedPerson,
  "employeeId" | "name" | "department" | "field" | "assessedLevel" | "agreedLevel"
> & { readonly skillLevel?: number | null };

export type SnapshotResult =
  | { readonly ok: true; readonly rows: readonly HistoryEntry[] }
  | { readonly ok: false; readonly problems: readonly Localized[] };

/**
 * History entries for a round, one per person, in the order given. Refuses a bad
 * label or date instead of writing rows that could never be told apart later.
 * @example
 *   buildSnapshotRows(resolved.people, "FY2026 H2", "2026-09-30")
 *   // => { ok: true, rows: [{ employeeId: "E001", round: "FY2026 H2", date: "2026-09-30", ... }] }
 */
export function buildSnapshotRows(
  people: readonly SnapshotPerson[],
  roundLabel: string,
  date: Date | string,
): SnapshotResult {
  const label = validateRoundLabel(roundLabel);
  const day = snapshotDate(date);
  if (!label.ok || !day.ok) {
    const problems: Localized[] = [];
    if (!label.ok) problems.push(label.message);
    if (!day.ok) problems.push(day.message);
    return { ok: false, problems };
  }
  const rows = people.map((p): HistoryEntry => ({
    employeeId: p.employeeId,
    name: p.name,
    department: p.department,
    field: p.field,
    assessedLevel: p.assessedLevel,
    agreedLevel: p.agreedLevel,
    skillLevel: p.skillLevel ?? null,
    round: label.label,
    date: day.date,
    row: null,
  }));
  return { ok: true, rows };
}

/*
 * Plans how closing a round changes the History table. History is append-only:
 * rows of other rounds are never changed, removed or reordered. Closing a round
 * that is already in the table replaces that round's rows, and only after the user
 * confirmed; without confirmation the plan asks for it and changes nothing.
 */

export interface CloseRoundOptions {
  /** The user confirmed replacing the round's existing rows. */
  readonly replace: boolean;
  /** Language of the header row when the History table does not exist yet; an existing table keeps its own. */
  readonly lang?: Lang;
}

export type Row = readonly unknown[];

export interface CloseRoundChange {
  /**
   * append: write rowsToAppend after the table's last row; nothing else changes.
   * needs-confirmation: the round is already in History; ask, then plan again with replace.
   * replace: the table body becomes rowsToKeep followed by rowsToAppend.
   */
  readonly kind: "append" | "needs-confirmation" | "replace";
  /** The table's header row as it is, or the header to create the table with. */
  readonly header: Row;
  /** True when there is no History table yet. */
  readonly createTable: boolean;
  /** Body rows that stay: the very same row arrays that were passed in, in their order. */
  readonly rowsToKeep: readonly Row[];
  /**
   * Data-row indexes (0-based, below the header) of the rows to delete: this round's
   * rows when replacing, else none. A workbook can then delete exactly these and
   * append, instead of rewriting the table and risking the other rounds' rows.
   */
  readonly rowsToRemove: readonly number[];
  /** New rows, cells in the header's column order; empty when confirmation is needed. */
  readonly rowsToAppend: readonly (readonly (string | number)[])[];
  /** Rows of this round that are (or, once confirmed, will be) replaced. */
  readonly replacedCount: number;
  /** What will happen, for the task pane. */
  readonly message: Localized;
}

export type CloseRoundPlan =
  CloseRoundChange | { readonly kind: "invalid"; readonly problems: readonly Localized[] };

/** Every History column but Skill level, which only some workbooks fill. */
const REQUIRED = HISTORY_COLUMNS.map((c) => c.key).filter((k) => k !== "skillLevel");

/**
 * @param existing the History table as read from the sheet, header row first; [] when there is none
 * @param newRows the round's entries (buildSnapshotRows), all of round `roundLabel`
 * @example
 *   planCloseRound(history, rows, "FY2026 H2", { replace: false }).kind // => "append" the first time
 *   planCloseRound(history, rows, "FY2026 H2", { replace: false }).kind // => "needs-confirmation" the second
 */
export function planCloseRound(
  existing: readonly Row[],
  newRows: readonly HistoryEntry[],
  roundLabel: string,
  options: CloseRoundOptions,
): CloseRoundPlan {
  const label = validateRoundLabel(roundLabel);
  if (!label.ok) return { kind: "invalid", problems: [label.message] };
  const key = roundKey(label.label);
  const stray = newRows.find((r) => roundKey(r.round) !== key);
  if (stray) {
    throw new RangeError(`planCloseRound: entry of round "${stray.round}" given for round "${label.label}"`);
  }
  if (newRows.length === 0) {
    return {
      kind: "invalid",
      problems: [
        {
          en: `Round "${label.label}" has nobody to record; score the roster first`,
          ja: `評価回「${label.label}」に記録する人がいません。先に名簿を評価してください`,
        },
      ],
    };
  }
  const [existingHeader, ...body] = existing;
  const createTable = !existingHeader || existingHeader.every(isBlank);
  const header: Row = createTable ? historyHeader(options.lang ?? "en") : existingHeader;
  const lang = createTable ? (options.lang ?? "en") : historyLanguage(header);
  const index = locateColumns(HISTORY_COLUMNS, header);
  const missing = missingColumns(HISTORY_COLUMNS, index, REQUIRED);
  if (missing.length > 0) {
    return {
      kind: "invalid",
      problems: [
        {
          en: `The History table has no column ${quoteHeaders(missing, "en")}; restore the column so rounds stay comparable`,
          ja: `履歴表に列 ${quoteHeaders(missing, "ja")} がありません。評価回を比較できるよう列を戻してください`,
        },
      ],
    };
  }
  const roundAt = index.get("round") as number;
  const ofRound = (row: Row): boolean => roundKey(row[roundAt]) === key;
  const ownRows = body.flatMap((row, i) => (ofRound(row) ? [i] : []));
  const replacedCount = ownRows.length;
  const cells = (): (string | number)[][] => newRows.map((r) => historyCells(r, header, lang));
  const n = newRows.length;
  const l = label.label;
  if (replacedCount === 0) {
    return {
      kind: "append",
      header,
      createTable,
      rowsToKeep: body,
      rowsToRemove: [],
      rowsToAppend: cells(),
      replacedCount,
      message: {
        en: `Adds ${n} rows for round "${l}" to History`,
        ja: `評価回「${l}」の${n}行を履歴に追加します`,
      },
    };
  }
  if (!options.replace) {
    return {
      kind: "needs-confirmation",
      header,
      createTable,
      rowsToKeep: body,
      rowsToRemove: [],
      rowsToAppend: [],
      replacedCount,
      message: {
        en: `Round "${l}" was already closed (${replacedCount} rows in History). Replace them with ${n} new rows? Other rounds stay as they are.`,
        ja: `評価回「${l}」はすでに締められています（履歴に${replacedCount}行）。新しい${n}行で置き換えますか？他の評価回は変わりません。`,
      },
    };
  }
  return {
    kind: "replace",
    header,
    createTable,
    rowsToKeep: body.filter((row) => !ofRound(row)),
    rowsToRemove: ownRows,
    rowsToAppend: cells(),
    replacedCount,
    message: {
      en: `Replaces the ${replacedCount} rows of round "${l}" with ${n} new rows; other rounds stay as they are`,
      ja: `評価回「${l}」の${replacedCount}行を新しい${n}行で置き換えます。他の評価回は変わりません`,
    },
  };
}

/** What a person's counted level came from. "row": the roster has no `Assessed by`, or the row does not say. */
export type LevelBasis = "agreed" | "manager" | "self" | "row";

/** How many people were counted at each basis. */
export type BasisCounts = Readonly<Record<LevelBasis, number>>;

export interface PersonCounted {
  readonly field: SpecialtyFieldId | null;
  readonly department: string;
  readonly level: number | null;
  readonly basis: LevelBasis;
}

export interface CountedOnce {
  /** One entry per person, in roster order. */
  readonly people: readonly PersonCounted[];
  readonly basis: BasisCounts;
  /** The roster holds self and manager rows (it has an `Assessed by` column). */
  readonly perAssessor: boolean;
}

/**
 * Each person once, for the score counts and the distribution: with an `Assessed by`
 * column, the agreed level, else the manager's, else the self-assessment (the level a
 * round records; see resolveAssessedLevels). Without it, every row is a person. Rows
 * marked `skip` (empty template rows) are nobody; a row without an ID counts alone.
 * @example countPeopleOnce(assessed, [], blank).basis // => { agreed: 0, manager: 2, self: 1, row: 0 }
 */
export function countPeopleOnce(
  assessed: { readonly rows: readonly AssessedRow[]; readonly hasAssessorColumn: boolean },
  agreed: readonly AgreedLevel[],
  skip: readonly boolean[] = [],
): CountedOnce {
  const rows = assessed.rows.filter((_, i) => skip[i] !== true);
  const basis: Record<LevelBasis, number> = { agreed: 0, manager: 0, self: 0, row: 0 };
  const counted = (
    evidence: AssessedRow["score"]["evidence"],
    level: number | null,
    from: LevelBasis,
  ): PersonCounted => {
    basis[from]++;
    return { field: evidence.field ?? null, department: evidence.department, level, basis: from };
  };
  if (!assessed.hasAssessorColumn) {
    const people = rows.map((r) => counted(r.score.evidence, r.score.level, "row"));
    return { people, basis, perAssessor: false };
  }
  const resolved = resolveAssessedLevels(rows, agreed);
  const grouped = groupByPerson(rows);
  const deciding = new Map(grouped.people.map((p) => [p.key, p.manager[0] ?? p.self[0] ?? p.unlabelled[0]]));
  const people: PersonCounted[] = [];
  for (const p of resolved.people) {
    const row = deciding.get(personKey(p.employeeId));
    if (!row) continue;
    if (p.agreedLevel !== null) people.push(counted(row.score.evidence, p.agreedLevel, "agreed"));
    else people.push(counted(row.score.evidence, p.assessedLevel, p.assessedBy ?? "row"));
  }
  for (const r of grouped.withoutId)
    people.push(counted(r.score.evidence, r.score.level, r.assessedBy ?? "row"));
  return { people, basis, perAssessor: true };
}
