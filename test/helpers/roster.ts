/** Builds roster rows by column name for tests, so a test reads like the spec. */
import { mapHeaders, type HeaderMap } from "../../src/core/roster/header-map";
import { ROSTER_COLUMNS } from "../../src/core/roster/columns";

export type RowSpec = Partial<
  Record<(typeof ROSTER_COLUMNS)[number]["header"]["en"], string | number | boolean>
>;

export const HEADERS: HeaderMap = mapHeaders(ROSTER_COLUMNS.map((c) => c.header.en));

export function cells(spec: RowSpec): unknown[] {
  return ROSTER_COLUMNS.map((c) => spec[c.header.en as keyof RowSpec] ?? "");
}
