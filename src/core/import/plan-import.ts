/**
 * The import in one call: check the sheet fits, find the table, map its columns
 * (remembered choices, then the user's), and build the write plan. The pane calls
 * the steps one by one when the user changes the header row or a mapping.
 */
import type { Localized } from "../catalog/types";
import { buildImportPlan, type BuildPlanOptions, type ImportPlan } from "./build-plan";
import { detectHeader, type HeaderDetection, type HeaderDetectionOptions } from "./detect-header";
import type { RememberedMappings } from "./layout-memory";
import { recallMapping } from "./layout-memory";
import { checkSheetLimits } from "./limits";
import { applyOverrides, mapColumns, type ColumnMapping, type ColumnOverride } from "./map-columns";
import type { SheetRows } from "./types";

export interface PlanImportOptions extends HeaderDetectionOptions, BuildPlanOptions {
  /** Mappings the user confirmed before, per source layout. */
  readonly remembered?: RememberedMappings;
  /** The user's choices for this import, applied last. */
  readonly overrides?: readonly ColumnOverride[];
}

export type PlanImportResult =
  | {
      readonly ok: true;
      readonly detection: HeaderDetection;
      readonly mapping: ColumnMapping;
      /** A remembered mapping for this layout was applied. */
      readonly recalled: boolean;
      readonly plan: ImportPlan;
    }
  | { readonly ok: false; readonly message: Localized };

/**
 * Plans the import of one sheet's cells.
 * @example
 *   planImport(rows, { mode: "append" }) // => { ok: true, plan: { rows, report: { summary: { read, imported, flagged } } } }
 */
export function planImport(rows: SheetRows, options: PlanImportOptions): PlanImportResult {
  const limits = checkSheetLimits(rows);
  if (!limits.ok) return limits;
  const found = detectHeader(rows, options);
  if (!found.ok) return found;
  const automatic = mapColumns(found.detection.headers);
  const recalled = options.remembered ? recallMapping(options.remembered, automatic) : undefined;
  const mapping = applyOverrides(recalled ?? automatic, options.overrides ?? []);
  const built = buildImportPlan(found.detection, mapping, options);
  if (!built.ok) return built;
  return {
    ok: true,
    detection: found.detection,
    mapping,
    recalled: recalled !== undefined,
    plan: built.plan,
  };
}
