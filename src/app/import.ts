/**
 * Importing a skill sheet HR already keeps: read the source (a file, or a sheet of
 * the workbook), plan the import in the core (header row, column mapping, values,
 * problems), then write the rows into the Roster table or a new sheet, and the
 * Import Report. The source is only read, never written.
 */
import type { Lang, Localized } from "../core/catalog/types";
import {
  NO_REMEMBERED_MAPPINGS,
  parseRememberedMappings,
  planImport,
  recogniseSheet,
  rememberMapping,
  serialiseRememberedMappings,
  type ColumnMapping,
  type ColumnOverride,
  type ImportMode,
  type ImportPlan,
  type ImportSummary,
  type PlanImportResult,
  type SheetRows,
} from "../core/import";
import { importReport, landImport, type Landing, type LandingCounts } from "../core/import/sheets";
import { countOf } from "../core/roster/normalize";
import { ROSTER_SHEET } from "../core/sheets/roster-template";
import type { SheetCell } from "../core/sheets/sheet-table";
import type { Progress, WorkbookAdapter } from "../adapters/workbook";
import { ActionProblem } from "./roster";

/** Where remembered mappings live in the workbook's settings. */
export const MAPPINGS_SETTING = "itss.importMappings";

export interface ImportSource {
  /** File name or sheet name, for the report. */
  readonly name: string;
  readonly rows: SheetRows;
}

/** The encodings a person may pick for a CSV whose bytes do not settle it. */
export type SourceEncoding = "utf8" | "sjis" | "utf16";
export const SOURCE_ENCODINGS: readonly SourceEncoding[] = ["utf8", "sjis", "utf16"];

/** A CSV whose encoding its bytes cannot settle: the pane offers SOURCE_ENCODINGS. */
export class EncodingProblem extends ActionProblem {
  readonly encodings = SOURCE_ENCODINGS;
  constructor(detail: Localized) {
    super(detail);
    this.name = "EncodingProblem";
  }
}

/** Reads a picked file (xlsx or csv) through the file adapter, loaded on demand. */
export async function sourceFromFile(
  bytes: Uint8Array,
  fileName: string,
  encoding?: SourceEncoding,
): Promise<ImportSource> {
  const { readSheet, FileReadError } = await import(
    /* webpackChunkName: "files" */ "../adapters/files/read-sheet"
  );
  try {
    const sheet = await readSheet(bytes, fileName, undefined, encoding ? { encoding } : {});
    return { name: fileName, rows: sheet.rows };
  } catch (err) {
    if (err instanceof FileReadError)
      throw err.kind === "encoding" ? new EncodingProblem(err.forPane) : new ActionProblem(err.forPane);
    throw err;
  }
}

export async function sourceFromSheet(wb: WorkbookAdapter, sheet: string): Promise<ImportSource> {
  return { name: sheet, rows: await wb.readSheetCells(sheet) };
}

export interface PlanOptions {
  readonly mode: ImportMode;
  readonly lang: Lang;
  readonly overrides?: readonly ColumnOverride[];
  /** 1-based header row chosen by the user, when the automatic one is wrong. */
  readonly headerRowNumber?: number;
}

/** A plan, with what it would do to the Roster as it is now (the preview's counts). */
export type WorkbookImportPlan = Extract<PlanImportResult, { ok: true }> & {
  readonly landing: LandingCounts;
  /** The sheet holds skill or CMBOK ratings rather than a roster: import it as such instead. */
  readonly offer: ImportOffer | null;
};

/** The roster import's offer to route a ratings sheet to the skills or CMBOK import. */
export interface ImportOffer {
  readonly kind: "skills" | "cmbok";
  readonly message: Localized;
}

/** A source the roster import cannot read, which the skills or CMBOK import can. */
export class ImportOfferProblem extends ActionProblem {
  constructor(readonly offer: ImportOffer) {
    super(offer.message);
    this.name = "ImportOfferProblem";
  }
}

const OFFERS: Readonly<Record<ImportOffer["kind"], Localized>> = {
  skills: {
    en: "This looks like a skill sheet (a rating per skill item), not a roster. Import it as skill ratings into the Skills sheet instead.",
    ja: "このシートは名簿ではなく、スキル評価シート（スキル項目ごとの評価）のようです。スキル評価としてSkillsシートに取り込んでください。",
  },
  cmbok: {
    en: "This looks like a CMBOK assessment (a rating per competency), not a roster. Import it as CMBOK ratings into the CMBOK Assessment sheet instead.",
    ja: "このシートは名簿ではなく、CMBOK評価（コンピテンシーごとの評価）のようです。CMBOK評価としてCMBOK Assessmentシートに取り込んでください。",
  },
};

/** The import a source is for, when it is not the roster import: the pane offers it. */
export function importOffer(source: ImportSource): ImportOffer | null {
  const kind = recogniseSheet(source.rows);
  return kind === "roster" ? null : { kind, message: OFFERS[kind] };
}

/** Plans the import, applying the mapping remembered for this layout (if any) and the user's changes. */
export async function planWorkbookImport(
  wb: WorkbookAdapter,
  source: ImportSource,
  options: PlanOptions,
): Promise<WorkbookImportPlan> {
  const stored = await wb.readSetting(MAPPINGS_SETTING);
  const parsed = stored ? parseRememberedMappings(stored) : null;
  const remembered = parsed?.ok ? parsed.store : NO_REMEMBERED_MAPPINGS;
  const result = planImport(source.rows, {
    mode: options.mode,
    headerLanguage: options.lang,
    remembered,
    ...(options.overrides ? { overrides: options.overrides } : {}),
    ...(options.headerRowNumber ? { headerRowNumber: options.headerRowNumber } : {}),
  });
  const offer = importOffer(source);
  if (!result.ok) throw offer ? new ImportOfferProblem(offer) : new ActionProblem(result.message);
  const roster = result.plan.mode === "new-sheet" ? null : await wb.readTable(ROSTER_SHEET.table);
  return { ...result, landing: landImport(result.plan, roster).counts, offer };
}

export interface ImportOutcome {
  readonly summary: ImportSummary;
  /** Rows updated, added, unchanged and flagged in the table the rows landed in. */
  readonly landing: LandingCounts;
  readonly sheet: string;
  readonly table: string;
}

/**
 * Writes the planned rows, the Import Report, and remembers the mapping for this layout.
 * Into an existing Roster: "update" writes each person's changed cells over their row and
 * appends new people; "append" appends every row; "replace" replaces every row.
 */
export async function applyImport(
  wb: WorkbookAdapter,
  source: ImportSource,
  plan: ImportPlan,
  mapping: ColumnMapping,
  lang: Lang,
  progress?: Progress,
): Promise<ImportOutcome> {
  const roster = plan.mode === "new-sheet" ? null : await wb.readTable(ROSTER_SHEET.table);
  let sheet: string = ROSTER_SHEET.sheet;
  let table: string = ROSTER_SHEET.table;
  let landing: Landing;
  if (plan.mode === "new-sheet" || !roster) {
    if (plan.mode === "new-sheet" || (await wb.readTable(table))) {
      const taken = new Set(await wb.listSheets());
      let n = 1;
      while (taken.has(`Import ${n}`)) n++;
      sheet = `Import ${n}`;
      table = `Import_${n}`;
    }
    landing = landImport(plan, null);
    await wb.updateTableRows(
      { sheet, table, headers: landing.headers, rows: [], text: textColumns(landing.headers.length, plan) },
      { remove: [], append: landing.append, literal: landing.literal },
      progress,
    );
  } else {
    sheet = roster.sheet;
    landing = landImport(plan, roster);
    await wb.updateTableRows(
      { sheet: roster.sheet, table: ROSTER_SHEET.table, headers: landing.headers, rows: [] },
      {
        remove: landing.remove,
        append: landing.append,
        literal: landing.literal,
        newColumns: landing.newColumns,
        update: landing.update,
      },
      progress,
    );
  }
  await wb.writeReport(importReport(plan, lang, source.name, landing.counts));
  const stored = await wb.readSetting(MAPPINGS_SETTING);
  const parsed = stored ? parseRememberedMappings(stored) : null;
  const store = rememberMapping(parsed?.ok ? parsed.store : NO_REMEMBERED_MAPPINGS, mapping);
  await wb.writeSetting(MAPPINGS_SETTING, serialiseRememberedMappings(store));
  return { summary: plan.report.summary, landing: landing.counts, sheet, table };
}

/** Identity and extra columns are text whatever they hold (IDs like 0012 keep their zeros). */
function textColumns(width: number, plan: ImportPlan): boolean[] {
  return Array.from({ length: width }, (_, i) => {
    const key = plan.columns[i]?.key;
    return (
      key === null || key === undefined || key === "employeeId" || key === "name" || key === "department"
    );
  });
}

/** "Imported 12 rows into Roster: 2 updated, 1 added, 9 unchanged; 2 flagged rows need fixing (see Import Report)." */
export function importDoneMessage(outcome: ImportOutcome): Localized {
  const s = outcome.summary;
  const l = outcome.landing;
  const what =
    l.updated + l.unchanged > 0
      ? {
          en: `: ${l.updated} updated, ${l.added} added, ${l.unchanged} unchanged`,
          ja: `（更新${l.updated}行、追加${l.added}行、変更なし${l.unchanged}行）`,
        }
      : { en: "", ja: "" };
  return {
    en: `Imported ${s.imported} of ${countOf(s.read, "row")} into ${outcome.sheet}${what.en}${s.flagged > 0 ? `; ${countOf(s.flagged, "flagged row")} ${s.flagged === 1 ? "needs" : "need"} fixing (see Import Report)` : ""}.`,
    ja: `${s.read}行中${s.imported}行を「${outcome.sheet}」に取り込みました${what.ja}${s.flagged > 0 ? `。${s.flagged}行は修正が必要です（取り込みレポートを参照）` : ""}。`,
  };
}

export type { SheetCell };

/** What the pane shows of a plan and its mapping choices. */
export { previewPlan } from "../core/import";
export { ROSTER_COLUMNS } from "../core/roster/columns";
