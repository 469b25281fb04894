/**
 * The import in one call: check the sheet fits, find the table, map its columns
 * (remembered choices, then the user's), and build the write plan. The pane calls
 * the steps one by one when the user changes the header row or a mapping.
 */
import type { Localized } from "../catalog/types";
import { buildImportPlan, type BuildPlanOptions, type ImportPlan } from "./build-plan";
import { cellText } from "../roster/normalize";
import { cmbokHeaderScore } from "./cmbok-import";
import {
  detectHeader,
  headerScore,
  HEADER_SEARCH_ROWS,
  type HeaderDetection,
  type HeaderDetectionOptions,
} from "./detect-header";
import { skillsHeaderScore } from "./skills-columns-import";
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

/** What a sheet holds, by its best header row: a roster, skill ratings or CMBOK ratings. */
export type SheetKind = "roster" | "skills" | "cmbok";

/** A kind of ratings must name this much more than a roster (two columns) to be offered. */
const OFFER_MARGIN = 4;

/**
 * Which import the sheet is for: the kind whose columns its header row names best.
 * A skill or CMBOK sheet given to the roster import is offered to its own import.
 * @example recogniseSheet([["社員番号", "氏名", "OP-1", "OP-2", "OP-3"]]) // => "cmbok"
 */
export function recogniseSheet(rows: SheetRows): SheetKind {
  let roster = 0;
  let skills = 0;
  let cmbok = 0;
  const end = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < end; r++) {
    const cells = rows[r] ?? [];
    const texts = cells.filter((c): c is string => typeof c === "string").map(cellText);
    if (texts.length < 2) continue;
    roster = Math.max(roster, headerScore(cells));
    skills = Math.max(skills, skillsHeaderScore(texts));
    cmbok = Math.max(cmbok, cmbokHeaderScore(texts));
  }
  if (cmbok >= skills && cmbok > roster + OFFER_MARGIN) return "cmbok";
  if (skills > roster + OFFER_MARGIN) return "skills";
  return "roster";
}
