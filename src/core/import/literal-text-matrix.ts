/**
 * The plan's literal-text cells as a boolean matrix, for an adapter that sets the
 * number formats of a chunk of rows in one call before writing their values.
 */
import type { PlannedRow } from "./build-plan";

/**
 * One row of booleans per planned row: true where the cell must be formatted as text ("@").
 * @example literalTextMatrix(plan.rows.slice(0, 500), plan.columns.length)
 */
export function literalTextMatrix(rows: readonly PlannedRow[], width: number): boolean[][] {
  return rows.map((row) => {
    const flags = new Array<boolean>(width).fill(false);
    for (const i of row.literalText) if (i < width) flags[i] = true;
    return flags;
  });
}
