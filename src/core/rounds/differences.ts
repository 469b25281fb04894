/**
 * Where a self assessment and the manager's assessment of the same person differ:
 * one sentence per evidence column that the person's KPI criteria read, naming the
 * column and both values ("Succession: self 3, manager 1"). Columns the field's
 * criteria never read are left out: they cannot explain a different level.
 */
import { ROLES, SCOPES, specialtyField } from "../catalog/fields";
import type { Lang, Localized } from "../catalog/types";
import type { RowScore } from "../engine/score-row";
import { sizeRuleVariables, type SizeVariable } from "../engine/size-rule";
import { EVIDENCE_KEYS, rosterColumn, type RosterColumnKey } from "../roster/columns";
import type { Evidence } from "../roster/read-row";

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
