/**
 * One level per person for the round: the level the distribution and the History
 * snapshot record. The manager's row decides the assessed level when there is one
 * (the manager's judgement is the one HR signs off), else the self row, else the
 * row that does not say who assessed it; the agreed level from the `Self vs
 * Manager` sheet, when filled, overrides both.
 */
import { specialtyField } from "../catalog/fields";
import type { Localized, SpecialtyFieldId } from "../catalog/types";
import type { AssessedRow, Assessor } from "./assessor";
import { fieldHasLevel, levelsOfField } from "./levels";
import { displayOf, groupByPerson, whoText } from "./people";
import { personKey } from "../roster/person-key";
import type { RoundProblem } from "./problems";
import type { AgreedLevel } from "./self-vs-manager-sheet";

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
