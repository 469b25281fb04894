/** Builds Engagements ledger rows and roster people by column name, so tests read like the issue. */
import { ENGAGEMENT_COLUMNS } from "../../src/core/engagements/columns";
import { readEngagements, type Engagement } from "../../src/core/engagements/read-engagements";
import { dayOf, type Day } from "../../src/core/engagements/dates";
import { readEvidence, type Evidence } from "../../src/core/roster/read-row";
import { cells, HEADERS, type RowSpec } from "./roster";

export type EngagementSpec = Partial<
  Record<(typeof ENGAGEMENT_COLUMNS)[number]["header"]["en"], string | number | boolean | null>
>;

export const LEDGER_HEADERS: string[] = ENGAGEMENT_COLUMNS.map((c) => c.header.en);

export function ledgerRow(spec: EngagementSpec): unknown[] {
  return ENGAGEMENT_COLUMNS.map((c) => spec[c.header.en as keyof EngagementSpec] ?? "");
}

/** Read one person's engagements as a function call gets them (positions, not sheet rows). */
export function engagements(specs: readonly EngagementSpec[]): readonly Engagement[] {
  return readEngagements(LEDGER_HEADERS, specs.map(ledgerRow), { numbering: "engagement" }).engagements;
}

export function person(spec: RowSpec): Evidence {
  const read = readEvidence(HEADERS, cells(spec), null);
  if (read.problems.length > 0) throw new Error(read.problems.map((p) => p.message.en).join(" "));
  return read.evidence;
}

export const day = (iso: string): Day => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayOf(y as number, m as number, d as number);
};
