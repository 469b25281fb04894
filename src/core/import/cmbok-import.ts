/**
 * Import of a CMBOK competency sheet into the `CMBOK Assessment` table. A CMBOK
 * 1.0 sheet is migrated on the way in (migrateCmbokHeaders / migrateCmbokRows):
 * renamed and moved competencies carried to their 2.0 columns, new 2.0
 * competencies left empty, dropped 1.0 competencies kept as extra columns, and
 * every change listed in the Import Report. A 2.0 sheet lands as it is. Ratings
 * 0-4 are read (full width too); a bad one is kept and flagged.
 */
import type { CmbokVersion, Lang, Localized } from "../catalog/types";
import { cellText, isBlank } from "../roster/normalize";
import { readCompetencyHeader } from "../skills/cmbok-headers";
import {
  migrateCmbokHeaders,
  migrateCmbokRows,
  type CmbokChangeNote,
  type CmbokMigration,
  type MigratedColumn,
} from "../skills/cmbok-migrate";
import { CMBOK_RATING_VALID, parseCmbokRating } from "../skills/cmbok-rating";
import { mapCmbokColumns } from "../skills/cmbok-assessment";
import { CMBOK_ASSESSMENT_COLUMNS } from "../skills/cmbok-template";
import {
  buildAssessmentPlan,
  changedNote,
  detectAssessmentHeader,
  KEEP_CELL,
  noRowsMessage,
  sourceLabel,
  type AssessmentColumn,
  type AssessmentPlan,
  type CellReader,
  type ColumnLayout,
  type LaidOutRow,
} from "./assessment-import";
import type { ColumnChanges } from "./build-plan";
import type { HeaderDetection, HeaderDetectionOptions } from "./detect-header";
import type { Normalised } from "./normalise-cell";
import { readAssessedBy } from "./skills-import";
import { identityMatch, matchSkillsHeader } from "./skills-columns-import";
import type { SheetRows } from "./types";
import { splitCmbokCode } from "../catalog/cmbok-code";

export interface CmbokImportOptions extends HeaderDetectionOptions {
  /** Language of the table's headers: of the template, and of columns it lacks. */
  readonly lang: Lang;
  /** The sheet's CMBOK version, when the user says; otherwise read from the sheet. */
  readonly version?: CmbokVersion;
  /** File or sheet name: "CMBOK1.0_評価.csv" tells the version when the headers cannot. */
  readonly sourceName?: string;
}

/** How the version was decided: the user's choice, the headers, a title or file name, or assumed. */
export type VersionBasis = "chosen" | "headers" | "title" | "assumed";

export type CmbokImportResult =
  | {
      readonly ok: true;
      readonly detection: HeaderDetection;
      readonly version: CmbokVersion;
      readonly versionBasis: VersionBasis;
      /** The 1.0 -> 2.0 migration; null for a 2.0 sheet. */
      readonly migration: CmbokMigration | null;
      readonly plan: AssessmentPlan;
    }
  | { readonly ok: false; readonly message: Localized };

/**
 * Plans the import of a CMBOK sheet's cells into the CMBOK Assessment table.
 * @example
 *   planCmbokSheet([["Name", "OP-2 スタッフィングとスケジューリング"], ["Sato", "３"]], { lang: "en" })
 *   // => version 1.0; the 3 lands in the OP-3 column, and the report says OP-2 became OP-3
 */
export function planCmbokSheet(rows: SheetRows, options: CmbokImportOptions): CmbokImportResult {
  const found = detectAssessmentHeader(rows, { ...options, score: cmbokHeaderScore });
  if (!found.ok) return found;
  const { detection } = found;
  const { version, basis } = cmbokVersion(detection, options);
  const planned =
    version === "1.0" ? layoutOneZero(detection, options.lang) : layoutTwoZero(detection, options.lang);
  if (planned.competencyColumns === 0)
    return { ok: false, message: noCompetencyColumns(detection.headerRowNumber, version) };
  if (detection.dataRows.length === 0)
    return { ok: false, message: noRowsMessage(detection.headerRowNumber) };

  const built = buildAssessmentPlan(detection, planned.layout, planned.rows, {
    headerLanguage: options.lang,
    reserved: CMBOK_RESERVED,
    notes: [versionNote(version, basis), ...planned.notes],
    columnChanges: planned.changes,
  });
  if (!built.ok) return built;
  return {
    ok: true,
    detection,
    version,
    versionBasis: basis,
    migration: planned.migration,
    plan: built.plan,
  };
}

/** Headers of the CMBOK Assessment template in both languages: no extra column takes them. */
const CMBOK_RESERVED: readonly string[] = CMBOK_ASSESSMENT_COLUMNS.flatMap((c) => [c.header.en, c.header.ja]);

/**
 * How well a row's texts name CMBOK Assessment columns, to find the header row:
 * 2 per competency (either version) or identity column, 1 per code-like header
 * CMBOK does not have or per near miss; each text once.
 */
export function cmbokHeaderScore(texts: readonly string[]): number {
  let score = 0;
  for (const text of new Set(texts.map((t) => t.trim()))) {
    const one = readCompetencyHeader(text, "1.0").kind;
    const two = readCompetencyHeader(text, "2.0").kind;
    if (one === "competency" || two === "competency") score += 2;
    else if (one !== "other" || two !== "other") score += 1;
    else {
      const target = otherTarget(text);
      if (target) score += target.close ? 1 : 2;
    }
  }
  return score;
}

/**
 * The column a header of the CMBOK Assessment table names: a CMBOK 2.0 code, an
 * identity column or Assessed by, by exact name or accepted spelling, or a dropped
 * 1.0 competency kept by an earlier import ("CMBOK 1.0 OP-8 ...", either language);
 * else null.
 */
export function cmbokColumnMeaning(header: unknown): string | null {
  const text = cellText(header);
  const dropped = DROPPED_HEADER.exec(text.normalize("NFKC"));
  const droppedCode = dropped ? splitCmbokCode(text.normalize("NFKC").slice(dropped[0].length)) : undefined;
  if (droppedCode) return droppedMeaning(droppedCode.code);
  const read = readCompetencyHeader(text, "2.0");
  if (read.kind === "competency") return read.competency.code;
  if (read.kind !== "other") return null;
  const target = otherTarget(text);
  return target && !target.close ? target.key : null;
}

/** Headers migrateCmbokHeaders gives dropped 1.0 competencies: "CMBOK 1.0 OP-8 Business Process Audit". */
const DROPPED_HEADER = /^cmbok\s*1\.0\s+/i;

/** A dropped 1.0 competency's column, the same whichever language its header is in. */
function droppedMeaning(code: string): string {
  return `CMBOK 1.0 ${code}`;
}

// ---- Version ----

/**
 * The sheet's version. 2.0 keeps every 1.0 code (for other subjects, sometimes),
 * so codes alone often cannot tell: 2.0-only codes or names that fit one version
 * decide, then a "CMBOK 1.0" in a title row or the file name. A sheet of shared
 * codes only is read as 1.0, the older sheets this import exists for, and the
 * report says so; the user can choose 2.0 instead.
 */
export function cmbokVersion(
  detection: Pick<HeaderDetection, "headers" | "skippedAbove">,
  options: Pick<CmbokImportOptions, "version" | "sourceName">,
): { version: CmbokVersion; basis: VersionBasis } {
  if (options.version) return { version: options.version, basis: "chosen" };
  const fit = (v: CmbokVersion) => {
    let good = 0;
    let bad = 0;
    for (const h of detection.headers) {
      const kind = readCompetencyHeader(h, v).kind;
      if (kind === "competency") good++;
      else if (kind !== "other") bad++;
    }
    return { good, bad };
  };
  const one = fit("1.0");
  const two = fit("2.0");
  if (one.bad !== two.bad) return { version: one.bad < two.bad ? "1.0" : "2.0", basis: "headers" };
  if (one.good !== two.good) return { version: one.good > two.good ? "1.0" : "2.0", basis: "headers" };
  for (const text of [...detection.skippedAbove.map((r) => r.text), options.sourceName ?? ""]) {
    const said = VERSION_IN_TEXT.exec(text.normalize("NFKC"));
    if (said) return { version: said[1] === "1" ? "1.0" : "2.0", basis: "title" };
  }
  return { version: "1.0", basis: "assumed" };
}

/** "CMBOK 1.0", "CMBOK2.0", "cmbok-1.0", "CMBOK Ver.2", "CMBOK v1". */
const VERSION_IN_TEXT = /cmbok[\s_-]*(?:ver(?:sion)?\.?\s*|v)?([12])(?:\.0)?(?!\d)/i;

// ---- Layouts ----

interface Planned {
  /** Source columns holding ratings: competencies of the sheet's version (dropped ones included). */
  readonly competencyColumns: number;
  readonly layout: readonly ColumnLayout[];
  readonly rows: readonly LaidOutRow[];
  readonly notes: readonly Localized[];
  readonly changes: readonly ColumnChanges[];
  readonly migration: CmbokMigration | null;
}

type OtherKey = "employeeId" | "name" | "department" | "assessedBy";

/** The identity or Assessed by column a non-competency header names. */
function otherTarget(header: string): { key: OtherKey; close: boolean } | undefined {
  const identity = identityMatch(header);
  if (identity && identity.key !== "field")
    return { key: identity.key as OtherKey, close: identity.confidence === "close" };
  const skills = matchSkillsHeader(header);
  return skills?.key === "assessedBy"
    ? { key: "assessedBy", close: skills.confidence === "close" }
    : undefined;
}

/** Non-competency columns: identity and Assessed by (first column of each), the rest extra. */
function mapOthers(headers: readonly string[], indexes: readonly number[]): Map<OtherKey, number> {
  const owner = new Map<OtherKey, number>();
  for (const close of [false, true])
    for (const i of indexes) {
      const target = otherTarget(headers[i] ?? "");
      if (target && target.close === close && !owner.has(target.key)) owner.set(target.key, i);
    }
  return owner;
}

/**
 * A 1.0 sheet in the 2.0 layout: identity, every 2.0 competency (carried or
 * empty), Assessed by, the dropped 1.0 competencies, then the other columns.
 * Values come from migrateCmbokRows, so a rating is moved and never rewritten
 * there; only the reading of each cell (0-4, full width) happens here.
 */
function layoutOneZero(detection: HeaderDetection, lang: Lang): Planned {
  const migration = migrateCmbokHeaders(detection.headers);
  const migrated = migrateCmbokRows(
    migration,
    detection.dataRows.map((r) => r.cells),
  );
  const others = migration.columns.flatMap((c, i) => (c.kind === "other" && c.source !== null ? [i] : []));
  const sourceOf = (i: number) => migration.columns[i]?.source ?? null;
  const owner = mapOthers(
    detection.headers,
    others.map((i) => sourceOf(i) ?? -1),
  );
  const otherAt = (key: OtherKey) => others.find((i) => sourceOf(i) === owner.get(key));
  // Each plan column knows its position in the migrated rows (`from`), if it has one.
  const entry = (from: number | undefined, column: AssessmentColumn, read: CellReader) => ({
    from,
    layout: { column, read },
  });
  const fromMigration = (i: number, target: string | null, header: string, read: CellReader) => {
    const source = sourceOf(i);
    return entry(
      i,
      {
        target,
        header,
        sourceIndex: source,
        sourceHeader: source === null ? null : (detection.headers[source] ?? ""),
      },
      read,
    );
  };
  const identity = (key: OtherKey, read: CellReader) => {
    const at = otherAt(key);
    const header = templateHeader(key, lang);
    return at === undefined
      ? entry(undefined, { target: key, header, sourceIndex: null, sourceHeader: null }, read)
      : fromMigration(at, key, header, read);
  };
  const competencies = migration.columns.flatMap((c, i) =>
    c.kind === "carried" || c.kind === "empty"
      ? [fromMigration(i, c.code ?? null, c.header[lang], readCmbokRating)]
      : [],
  );
  const dropped = migration.columns.flatMap((c, i) =>
    c.kind === "dropped" && c.from !== undefined
      ? [fromMigration(i, droppedMeaning(c.from), c.header[lang], readCmbokRating)]
      : [],
  );
  const claimed = new Set([...owner.values()]);
  const extras = others
    .filter((i) => !claimed.has(sourceOf(i) ?? -1))
    .map((i) => fromMigration(i, null, migration.columns[i]?.header[lang] ?? "", KEEP_CELL));
  const entries = [
    identity("employeeId", KEEP_CELL),
    identity("name", KEEP_CELL),
    identity("department", KEEP_CELL),
    ...competencies,
    identity("assessedBy", readAssessedBy),
    ...dropped,
    ...extras,
  ];
  const rows = detection.dataRows.map((r, n) => ({
    rowNumber: r.rowNumber,
    values: entries.map((e) => (e.from === undefined ? undefined : migrated[n]?.[e.from])),
  }));
  return {
    competencyColumns: migration.columns.filter((c) => c.source !== null && c.kind !== "other").length,
    layout: entries.map((e) => e.layout),
    rows,
    notes: [...migration.problems.map((p) => p.message), ...missingNotes(owner)],
    changes: migrationChanges(migration, detection, lang),
    migration,
  };
}

/** A 2.0 sheet: competency columns by code (or name), identity, Assessed by, the rest extra. */
function layoutTwoZero(detection: HeaderDetection, lang: Lang): Planned {
  const { headers } = detection;
  const columns = mapCmbokColumns(headers);
  const competencyAt = new Set(columns.columnOf.values());
  const others = headers.map((_, i) => i).filter((i) => !competencyAt.has(i));
  const owner = mapOthers(headers, others);
  const at = (
    index: number | undefined,
    target: string | null,
    header: string,
    read: CellReader,
  ): ColumnLayout => ({
    column: {
      target,
      header,
      sourceIndex: index ?? null,
      sourceHeader: index === undefined ? null : (headers[index] ?? ""),
    },
    read,
  });
  const claimed = new Set([...owner.values()]);
  const layout: ColumnLayout[] = [
    ...(["employeeId", "name", "department"] as const).map((k) =>
      at(owner.get(k), k, templateHeader(k, lang), KEEP_CELL),
    ),
    ...CMBOK_ASSESSMENT_COLUMNS.filter((c) => c.kind === "rating").map((c) =>
      at(columns.columnOf.get(c.key), c.key, c.header[lang], readCmbokRating),
    ),
    at(owner.get("assessedBy"), "assessedBy", templateHeader("assessedBy", lang), readAssessedBy),
    ...others.filter((i) => !claimed.has(i)).map((i) => at(i, null, headers[i] ?? "", KEEP_CELL)),
  ];
  const rows = detection.dataRows.map((r) => ({
    rowNumber: r.rowNumber,
    values: layout.map((l) => (l.column.sourceIndex === null ? undefined : r.cells[l.column.sourceIndex])),
  }));
  return {
    competencyColumns: columns.columnOf.size,
    layout,
    rows,
    notes: [...columns.problems.map((p) => p.message), ...missingNotes(owner)],
    changes: [],
    migration: null,
  };
}

function templateHeader(key: string, lang: Lang): string {
  return CMBOK_ASSESSMENT_COLUMNS.find((c) => c.key === key)?.header[lang] ?? key;
}

// ---- Ratings ----

const NOT_A_RATING: Localized = { en: "is not a CMBOK rating", ja: "はCMBOKの評価として無効です" };

/** A rating 0-4 (full-width digits too), written as the number; other spellings get a note. */
export const readCmbokRating: CellReader = (raw): Normalised => {
  if (isBlank(raw)) return { ok: true, value: null };
  const parsed = parseCmbokRating(raw);
  if (!parsed.ok || parsed.value === null)
    return { ok: false, problem: NOT_A_RATING, valid: CMBOK_RATING_VALID };
  const note = changedNote(raw, parsed.value);
  return note ? { ok: true, value: parsed.value, note } : { ok: true, value: parsed.value };
};

// ---- The change list ----

/**
 * Every migration change as a line of the Import Report's changes: the 1.0 column
 * it concerns, how many ratings it moved, and the change in both languages.
 * New and absent 2.0 competencies have no source column and move nothing; they
 * are named "CMBOK 2.0 ST-5", since 2.0 reuses some 1.0 codes for other subjects.
 */
function migrationChanges(
  migration: CmbokMigration,
  detection: HeaderDetection,
  lang: Lang,
): ColumnChanges[] {
  return migration.changes.map((change) => {
    const column = sourceColumn(migration.columns, change);
    const index = column?.source ?? null;
    const header =
      index === null ? `CMBOK 2.0 ${change.to ?? ""}` : sourceLabel(detection.headers[index] ?? "", index);
    const count = index === null ? 0 : detection.dataRows.filter((r) => !isBlank(r.cells[index])).length;
    return {
      column: index,
      header,
      key: null,
      count,
      examples: [
        {
          row: detection.headerRowNumber,
          column: index,
          header,
          key: null,
          value: index === null ? "" : cellText(detection.headers[index]),
          normalised: column ? column.header[lang] : (change.to ?? null),
          note: change.message,
        },
      ],
    };
  });
}

function sourceColumn(
  columns: readonly MigratedColumn[],
  change: CmbokChangeNote,
): MigratedColumn | undefined {
  if (change.kind === "new" || change.kind === "absent") return undefined;
  return columns.find((c) => c.from === change.from && (c.kind === "carried" || c.kind === "dropped"));
}

// ---- Messages ----

function versionNote(version: CmbokVersion, basis: VersionBasis): Localized {
  const why: Record<VersionBasis, Localized> = {
    chosen: { en: "as chosen", ja: "選択どおり" },
    headers: { en: "as its column headers show", ja: "列見出しから判断" },
    title: { en: "as its title or file name says", ja: "表題またはファイル名から判断" },
    assumed: {
      en: "since its headers are codes CMBOK 1.0 and 2.0 share; if it is a CMBOK 2.0 sheet, import it again choosing 2.0",
      ja: "見出しがCMBOK 1.0と2.0に共通のコードのため。CMBOK 2.0のシートなら、2.0を選んで取り込み直してください",
    },
  };
  const then: Localized =
    version === "1.0"
      ? {
          en: " Its columns were migrated to CMBOK 2.0; every change is listed below.",
          ja: "列をCMBOK 2.0に移行しました。変更点はすべて下に一覧にしています。",
        }
      : { en: "", ja: "" };
  return {
    en: `Read as a CMBOK ${version} sheet (${why[basis].en}).${then.en}`,
    ja: `CMBOK ${version}のシートとして読み込みました（${why[basis].ja}）。${then.ja}`,
  };
}

function missingNotes(owner: ReadonlyMap<OtherKey, number>): Localized[] {
  const missing = (["employeeId", "name"] as const).filter((k) => !owner.has(k));
  if (missing.length === 0) return [];
  const names = missing.map(
    (k) => CMBOK_ASSESSMENT_COLUMNS.find((c) => c.key === k)?.header ?? { en: k, ja: k },
  );
  return [
    {
      en: `No column gives ${names.map((n) => n.en).join(" or ")}: fill it in so each row can be matched to a person.`,
      ja: `${names.map((n) => `「${n.ja}」`).join("・")}に当たる列がありません。行と人を対応付けられるよう入力してください。`,
    },
  ];
}

function noCompetencyColumns(headerRow: number, version: CmbokVersion): Localized {
  return {
    en: `Row ${headerRow}, the header row, names no CMBOK ${version} competency (codes such as OP-2 or names such as スタッフィングとスケジューリング), so this is not a CMBOK sheet.`,
    ja: `見出し行（${headerRow}行目）にCMBOK ${version}のコンピテンシー（OP-2などのコード、またはスタッフィングとスケジューリングなどの名称）の列がないため、CMBOKのシートとして取り込めません。`,
  };
}
