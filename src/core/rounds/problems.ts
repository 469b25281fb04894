/**
 * Problems found while reading the rounds' sheets. Like roster problems they are
 * data, one per bad cell or row, so one odd row never stops the rest.
 */
import type { Localized } from "../catalog/types";

export interface RoundProblem {
  /** Sheet row number (1-based) when known. */
  readonly row: number | null;
  /** The header as the sheet spells it; "" when the problem is not about one cell. */
  readonly column: string;
  readonly value: string;
  readonly message: Localized;
}
