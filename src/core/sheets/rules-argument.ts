/**
 * How the roster's formulas name the KPI Rules table (rulesArgument) and its columns.
 */
import { RULE_COLUMNS } from "../engine/rules-table";
import { LAYOUT } from "../layout";
import { cellText, foldName } from "../roster/normalize";

/** A column name inside a structured reference: ' [ ] # are escaped with ' (Excel's rule). */
export function escapeColumn(name: string): string {
  return name.replace(/(['#[\]])/g, "'$1");
}

const RULE_HEADERS = new Set(RULE_COLUMNS.flatMap((c) => [foldName(c.header.en), foldName(c.header.ja)]));

/**
 * The rules argument of the roster's formulas: the KPI Rules table's rule columns only, spelt as
 * the workbook's table spells them (KPI_Rules[[#All],[Job Category]:[AP Attains]] or its Japanese
 * twin). KPI_Rules[#All] would also send the published text, about 185 KB with every call, against
 * the roughly 5 MB custom-function payload of Excel on the web. Without the table's header row
 * (or when it names no rule column) the whole table is passed.
 */
export function rulesArgument(headers?: readonly unknown[]): string {
  const table = LAYOUT.rules.table;
  const at = (headers ?? []).flatMap((h, i) => (RULE_HEADERS.has(foldName(cellText(h))) ? [i] : []));
  if (!headers || at.length === 0) return `${table}[#All]`;
  const first = escapeColumn(cellText(headers[Math.min(...at)]));
  const last = escapeColumn(cellText(headers[Math.max(...at)]));
  return `${table}[[#All],[${first}]:[${last}]]`;
}
