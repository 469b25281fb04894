/**
 * Self assessment against manager assessment: who comes out at a different level,
 * and the evidence on which the two rows differ.
 */
import type { Lang, Localized, SpecialtyFieldId } from "../catalog/types";
import {
  type AssessedRow,
  type Assessor,
  ASSESSOR_NAMES,
  displayOf,
  groupByPerson,
  type PersonRows,
  whoText,
} from "./assessments";
import { ROLES, SCOPES, specialtyField } from "../catalog/fields";
import type { RowScore } from "../engine/score-row";
import { sizeRuleVariables, type SizeVariable } from "../engine/size-rule";
import { EVIDENCE_KEYS, rosterColumn, type RosterColumnKey } from "../roster/columns";
import type { Evidence } from "../roster/read-row";

/*
 * Self assessment against manager assessment: who comes out at a different level,
 * and on which evidence the two rows differ. People who cannot be compared (one
 * row missing, a row twice, an invalid row, no Employee ID) are reported, never
 * dropped, so HR can chase the missing assessment before closing the round.
 */

export interface Disagreement {
  readonly employeeId: string;
  readonly name: string;
  readonly department: string;
  /** The field of the manager's row (the self row's when the manager left it blank). */
  readonly field: SpecialtyFieldId | null;
  readonly selfLevel: number;
  readonly managerLevel: number;
  readonly selfRow: number | null;
  readonly managerRow: number | null;
  /** Evidence columns that differ, in roster column order. */
  readonly differences: readonly EvidenceDifference[];
}

export type PairingIssueKind =
  | "missing-self"
  | "missing-manager"
  | "several-self"
  | "several-manager"
  | "unlabelled"
  | "invalid-row"
  | "no-employee-id";

/** Why a person (or a row) could not be compared. */
export interface PairingIssue {
  readonly kind: PairingIssueKind;
  readonly employeeId: string;
  readonly name: string;
  /** Sheet rows involved. */
  readonly rows: readonly (number | null)[];
  readonly message: Localized;
}

export interface SelfManagerComparison {
  /** People whose self and manager rows give different levels, in roster order. */
  readonly disagreements: readonly Disagreement[];
  /** How many people have a valid self and manager row at the same level. */
  readonly sameLevel: number;
  readonly issues: readonly PairingIssue[];
}

/**
 * Compare each person's self row with their manager's row.
 * @example
 *   compareSelfAndManager(readAssessments(roster, scores).rows).disagreements[0]
 *   // => { employeeId: "E001", selfLevel: 5, managerLevel: 4, differences: [...] , ... }
 */
export function compareSelfAndManager(rows: readonly AssessedRow[]): SelfManagerComparison {
  const { people, withoutId } = groupByPerson(rows);
  const disagreements: Disagreement[] = [];
  const issues: PairingIssue[] = withoutId.map(noEmployeeId);
  let sameLevel = 0;
  for (const person of people) {
    const { name, department } = displayOf(person);
    const who = whoText(person.employeeId, name);
    const issue = (kind: PairingIssueKind, involved: readonly AssessedRow[], message: Localized): void => {
      issues.push({
        kind,
        employeeId: person.employeeId,
        name,
        rows: involved.map((r) => r.score.row),
        message,
      });
    };
    if (person.unlabelled.length > 0) issue("unlabelled", person.unlabelled, unlabelledMessage(who, person));
    const self = onlyRow(person, "self", who, issue);
    const manager = onlyRow(person, "manager", who, issue);
    if (!self || !manager) continue;
    const selfLevel = self.score.level;
    const managerLevel = manager.score.level;
    if (selfLevel === null || managerLevel === null) {
      const invalid = [self, manager].filter((r) => r.score.level === null);
      issue("invalid-row", invalid, invalidMessage(who, invalid));
      continue;
    }
    if (selfLevel === managerLevel) {
      sameLevel++;
      continue;
    }
    disagreements.push({
      employeeId: person.employeeId,
      name,
      department,
      field: manager.score.evidence.field ?? self.score.evidence.field,
      selfLevel,
      managerLevel,
      selfRow: self.score.row,
      managerRow: manager.score.row,
      differences: evidenceDifferences(self.score, manager.score),
    });
  }
  return { disagreements, sameLevel, issues };
}

type Report = (kind: PairingIssueKind, rows: readonly AssessedRow[], message: Localized) => void;

/** The person's one row of a kind, reporting a missing or repeated row. */
function onlyRow(
  person: PersonRows,
  kind: Assessor,
  who: Localized,
  report: Report,
): AssessedRow | undefined {
  const rows = person[kind];
  const other: Assessor = kind === "self" ? "manager" : "self";
  if (rows.length === 0) {
    const present = person[other];
    if (present.length > 0) {
      report(
        kind === "self" ? "missing-self" : "missing-manager",
        present,
        missingMessage(who, kind, present),
      );
    }
    return undefined;
  }
  if (rows.length > 1) {
    report(kind === "self" ? "several-self" : "several-manager", rows, severalMessage(who, kind, rows));
    return undefined;
  }
  return rows[0];
}

function rowList(rows: readonly AssessedRow[]): Localized {
  const numbers = rows.map((r) => r.score.row).filter((n): n is number => n !== null);
  if (numbers.length === 0) return { en: "", ja: "" };
  return {
    en: numbers.length === 1 ? ` (row ${numbers[0]})` : ` (rows ${numbers.join(", ")})`,
    ja: `（${numbers.map((n) => `${n}行目`).join("、")}）`,
  };
}

function missingMessage(who: Localized, missing: Assessor, present: readonly AssessedRow[]): Localized {
  const has = ASSESSOR_NAMES[missing === "self" ? "manager" : "self"];
  const lacks = ASSESSOR_NAMES[missing];
  const where = rowList(present);
  return {
    en: `${who.en}: only a ${has.en.toLowerCase()} assessment${where.en}; the ${lacks.en.toLowerCase()} assessment row is missing`,
    ja: `${who.ja}：${has.ja}評価の行のみです${where.ja}。${lacks.ja}評価の行がありません`,
  };
}

function severalMessage(who: Localized, kind: Assessor, rows: readonly AssessedRow[]): Localized {
  const name = ASSESSOR_NAMES[kind];
  const where = rowList(rows);
  return {
    en: `${who.en}: ${rows.length} ${name.en.toLowerCase()} assessment rows${where.en}; keep one`,
    ja: `${who.ja}：${name.ja}評価の行が${rows.length}行あります${where.ja}。1行にしてください`,
  };
}

function unlabelledMessage(who: Localized, person: PersonRows): Localized {
  const where = rowList(person.unlabelled);
  return {
    en: `${who.en}: ${person.unlabelled.length === 1 ? "a row does" : "rows do"} not say who assessed them${where.en}; fill "Assessed by" with Self or Manager`,
    ja: `${who.ja}：評価者が記入されていない行があります${where.ja}。「評価者」に本人または上長を記入してください`,
  };
}

function invalidMessage(who: Localized, invalid: readonly AssessedRow[]): Localized {
  const kinds = invalid.map((r) => ASSESSOR_NAMES[r.assessedBy ?? "self"]);
  const where = rowList(invalid);
  const en = kinds.map((k) => k.en.toLowerCase()).join(" and ");
  const ja = kinds.map((k) => k.ja).join("と");
  return {
    en: `${who.en}: the ${en} assessment ${invalid.length === 1 ? "row has" : "rows have"} problems${where.en}; fix them to compare the levels`,
    ja: `${who.ja}：${ja}評価の行に誤りがあります${where.ja}。修正するとレベルを比較できます`,
  };
}

function noEmployeeId(row: AssessedRow): PairingIssue {
  const where = rowList([row]);
  return {
    kind: "no-employee-id",
    employeeId: "",
    name: row.score.evidence.name,
    rows: [row.score.row],
    message: {
      en: `A row has no Employee ID${where.en}; it cannot be paired or tracked across rounds`,
      ja: `社員番号のない行があります${where.ja}。本人評価と上長評価の対応付けや回をまたいだ追跡ができません`,
    },
  };
}

/*
 * Where a self assessment and the manager's assessment of the same person differ:
 * one sentence per evidence column that the person's KPI criteria read, naming the
 * column and both values ("Succession: self 3, manager 1"). Columns the field's
 * criteria never read are left out: they cannot explain a different level.
 */

export interface EvidenceDifference {
  readonly column: RosterColumnKey;
  readonly message: Localized;
}

/**
 * The evidence columns on which two scored rows of one person differ, in the
 * roster's column order.
 * @example
 *   evidenceDifferences(selfRow, managerRow)[0]?.message
 *   // => { en: "Succession: self 3, manager 1", ja: "技術継承：本人 3、上長 1" }
 */
export function evidenceDifferences(self: RowScore, manager: RowScore): EvidenceDifference[] {
  const relevant = columnsRead(self);
  for (const key of columnsRead(manager)) relevant.add(key);
  const differences: EvidenceDifference[] = [];
  for (const key of EVIDENCE_KEYS) {
    if (!relevant.has(key)) continue;
    const a = self.evidence[key];
    const b = manager.evidence[key];
    if (a === b) continue;
    differences.push({ column: key, message: differenceMessage(key, self.evidence, manager.evidence) });
  }
  return differences;
}

const COLUMN_OF_SIZE_VARIABLE: Readonly<Record<SizeVariable, RosterColumnKey>> = {
  Scope: "scope",
  Rooms: "rooms",
  Area: "area",
  Sites: "sites",
  Staff: "staff",
  Value: "value",
  Users: "users",
  Complexity: "complexity",
};

/**
 * Columns the row's levels read. The field always counts (it decides which criteria
 * apply), and ITEE AP counts in V3, where passing it attains level 3 on its own.
 */
function columnsRead(score: RowScore): Set<RosterColumnKey> {
  const columns = new Set<RosterColumnKey>(["field"]);
  if (score.edition === "V3") columns.add("ap");
  for (const check of score.checks) {
    for (const criterion of check.criteria) {
      columns.add(criterion.column);
      if (criterion.size)
        for (const v of sizeRuleVariables(criterion.size)) columns.add(COLUMN_OF_SIZE_VARIABLE[v]);
    }
  }
  return columns;
}

function differenceMessage(key: RosterColumnKey, self: Evidence, manager: Evidence): Localized {
  const header = rosterColumn(key).header;
  return {
    en: `${header.en}: self ${shownValue(self, key, "en")}, manager ${shownValue(manager, key, "en")}`,
    ja: `${header.ja}：本人 ${shownValue(self, key, "ja")}、上長 ${shownValue(manager, key, "ja")}`,
  };
}

const BLANK: Localized = { en: "(blank)", ja: "（空欄）" };
const YES: Localized = { en: "yes", ja: "はい" };
const NO: Localized = { en: "no", ja: "いいえ" };

/** A value as the roster would show it: names for ranks and fields, yes/no for flags. */
function shownValue(e: Evidence, key: RosterColumnKey, lang: Lang): string {
  if (key === "field") return e.field === null ? BLANK[lang] : specialtyField(e.field).name[lang];
  if (key === "role") return (ROLES.find((r) => r.rank === e.role)?.name ?? BLANK)[lang];
  if (key === "scope") return (SCOPES.find((s) => s.rank === e.scope)?.name ?? BLANK)[lang];
  const value = e[key];
  if (value === null || value === "") return BLANK[lang];
  if (typeof value === "boolean") return (value ? YES : NO)[lang];
  return String(value);
}
