/**
 * CMBOK 1.0 -> 2.0 sheet migration. Builds the 2.0 column layout from a 1.0 header
 * row: each 1.0 competency column moves under the 2.0 code that continues it
 * (renamed or moved), new 2.0 competencies get empty columns, and 1.0 competencies
 * that 2.0 dropped stay as extra columns so no rating is lost. Every header is read
 * as CMBOK 1.0: "OP-8" in a 1.0 sheet is Business Process Audit, even though 2.0
 * reuses OP-8 for Learning Organisation.
 */
import { cmbokCompetency, CMBOK_COMPETENCIES } from "../catalog";
import type { CmbokCompetency, Lang, Localized } from "../catalog/types";
import { foldName } from "../roster/normalize";
import { readCompetencyHeader } from "./cmbok-headers";
import { CMBOK_DOMAINS } from "./cmbok-template";
import { safeText } from "./rating";
import type { SkillProblem } from "./types";

/**
 * other: a non-competency column (kept); carried: a 2.0 competency filled from a
 * 1.0 column; empty: a 2.0 competency with nothing to carry; dropped: a 1.0
 * competency without a 2.0 successor (kept as an extra column).
 */
export type MigratedColumnKind = "other" | "carried" | "empty" | "dropped";

/** One column of the migrated sheet and where its values come from. */
export interface MigratedColumn {
  readonly kind: MigratedColumnKind;
  readonly header: Localized;
  /** Position of the 1.0 column that fills this one; null when it starts empty. */
  readonly source: number | null;
  /** The 2.0 code (carried and empty columns). */
  readonly code?: string;
  /** The 1.0 code the values come from (carried and dropped columns). */
  readonly from?: string;
}

/** Kinds of line in the Import Report; unchanged competencies are not reported. */
export type CmbokChangeKind = "renamed" | "moved" | "dropped" | "new" | "absent";

/** One line of the Import Report. */
export interface CmbokChangeNote {
  readonly kind: CmbokChangeKind;
  /** 1.0 code, when a 1.0 competency is involved. */
  readonly from: string | null;
  /** 2.0 code, when a 2.0 competency is involved. */
  readonly to: string | null;
  /** A sentence for the Import Report. */
  readonly message: Localized;
}

/** The migrated layout, what changed, and what could not be placed. */
export interface CmbokMigration {
  readonly columns: readonly MigratedColumn[];
  /** Renamed, moved and dropped 1.0 columns in sheet order, then new and absent 2.0 competencies. */
  readonly changes: readonly CmbokChangeNote[];
  /** Headers that could not be placed with confidence; they are kept as other columns. Show before writing. */
  readonly problems: readonly SkillProblem[];
}

/** 2.0 successor of each 1.0 code that has one. */
const SUCCESSOR = new Map<string, CmbokCompetency>(
  CMBOK_COMPETENCIES.filter((c) => c.version === "2.0" && c.from !== undefined).map((c) => [c.from ?? "", c]),
);

/**
 * The 2.0 layout of a CMBOK 1.0 sheet: non-competency columns before the first
 * competency column, the 2.0 competencies in domain order, dropped 1.0
 * competencies, then the remaining non-competency columns.
 * @example
 *   migrateCmbokHeaders(["Name", "OP-2"]).changes[0]?.message.en
 *   // => "OP-2 Staffing and Scheduling -> OP-3 Staff Planning and Shift Scheduling (renamed)"
 */
export function migrateCmbokHeaders(headerRow: readonly unknown[]): CmbokMigration {
  const sheet = readSheetHeaders(headerRow);
  const lead: MigratedColumn[] = [];
  const trail: MigratedColumn[] = [];
  for (const i of sheet.others)
    (i < sheet.firstCompetency ? lead : trail).push(otherColumn(sheet.headers, i));

  const competencyColumns = CMBOK_DOMAINS.flatMap((group) => group.competencies).map((c): MigratedColumn => {
    const source = c.from === undefined ? undefined : sheet.sourceOf.get(c.from);
    return source === undefined
      ? { kind: "empty", header: { en: c.code, ja: c.code }, source: null, code: c.code }
      : { kind: "carried", header: { en: c.code, ja: c.code }, source, code: c.code, from: c.from };
  });
  const dropped = [...sheet.sourceOf]
    .filter(([code]) => !SUCCESSOR.has(code))
    .map(([code, source]): MigratedColumn => ({
      kind: "dropped",
      header: droppedHeader(code),
      source,
      from: code,
    }));

  const problems = [...sheet.problems];
  if (sheet.sourceOf.size === 0) problems.push(NO_COMPETENCIES);
  return {
    columns: [...lead, ...competencyColumns, ...dropped, ...trail],
    changes: changeNotes(sheet.sourceOf),
    problems,
  };
}

/**
 * Rearrange data rows into the migrated layout. Values are copied as they are
 * (a rating is never re-read or rewritten); new columns and cells past the end
 * of a short row come back as "" (an empty cell).
 */
export function migrateCmbokRows<T>(
  migration: CmbokMigration,
  rows: readonly (readonly T[])[],
): (T | "")[][] {
  return rows.map((row) =>
    migration.columns.map((column) =>
      column.source !== null && column.source < row.length ? (row[column.source] as T) : "",
    ),
  );
}

/** The header row to write for the migrated sheet. */
export function migratedHeaderRow(migration: CmbokMigration, lang: Lang): string[] {
  return migration.columns.map((column) => column.header[lang]);
}

// ---- Reading the 1.0 header row ----

interface SheetHeaders {
  readonly headers: readonly string[];
  /** Column of each 1.0 competency, in sheet order. */
  readonly sourceOf: ReadonlyMap<string, number>;
  readonly others: readonly number[];
  /** Position of the first competency column (Infinity when none). */
  readonly firstCompetency: number;
  readonly problems: readonly SkillProblem[];
}

function readSheetHeaders(headerRow: readonly unknown[]): SheetHeaders {
  const headers = headerRow.map(safeText);
  const sourceOf = new Map<string, number>();
  const others: number[] = [];
  const problems: SkillProblem[] = [];
  const keep = (i: number, header: string, message?: Localized) => {
    others.push(i);
    if (message) problems.push({ kind: "header", header, value: header, message });
  };
  headers.forEach((header, i) => {
    const read = readCompetencyHeader(header, "1.0");
    if (read.kind === "other") return keep(i, header);
    if (read.kind === "unknown-code")
      return keep(i, header, {
        en: `Column "${header}": ${read.code} is not a CMBOK 1.0 competency code, so the column is kept as it is. Is the sheet already CMBOK 2.0?`,
        ja: `「${header}」列：${read.code}はCMBOK 1.0のコンピテンシーコードではないため、列はそのまま残します。すでにCMBOK 2.0のシートではありませんか？`,
      });
    const c = read.competency;
    if (read.kind === "name-mismatch")
      return keep(i, header, {
        en: `Column "${header}": CMBOK 1.0 ${c.code} is ${c.nameEn}, not the name in the header, so the column is kept as it is. Check which competency it holds.`,
        ja: `「${header}」列：CMBOK 1.0の${c.code}は「${c.nameJa}」で見出しの名称と一致しないため、列はそのまま残します。どのコンピテンシーの列か確認してください。`,
      });
    const first = sourceOf.get(c.code);
    if (first !== undefined)
      return keep(i, header, {
        en: `Columns "${headers[first] ?? ""}" and "${header}" are both CMBOK 1.0 ${c.code}; the first is migrated and the second kept as it is.`,
        ja: `「${headers[first] ?? ""}」列と「${header}」列はどちらもCMBOK 1.0の${c.code}です。最初の列を移行し、2つ目はそのまま残します。`,
      });
    sourceOf.set(c.code, i);
  });
  const firstCompetency = Math.min(Infinity, ...sourceOf.values());
  return { headers, sourceOf, others, firstCompetency, problems };
}

function otherColumn(headers: readonly string[], i: number): MigratedColumn {
  const header = headers[i] ?? "";
  return { kind: "other", header: { en: header, ja: header }, source: i };
}

/**
 * Dropped columns must not start with a code: a 2.0 sheet reads "OP-8 ..." as
 * 2.0 OP-8. "CMBOK 1.0 OP-8 ..." says where the column came from and stays apart.
 */
function droppedHeader(code: string): Localized {
  const c = competency1(code);
  return { en: `CMBOK 1.0 ${code} ${c.nameEn}`, ja: `CMBOK 1.0 ${code} ${c.nameJa}` };
}

function competency1(code: string): CmbokCompetency {
  const c = cmbokCompetency(code, "1.0");
  if (!c) throw new RangeError(`Unknown CMBOK 1.0 code: ${code}`);
  return c;
}

const NO_COMPETENCIES: SkillProblem = {
  kind: "header",
  header: null,
  value: "",
  message: {
    en: "The header row has no CMBOK 1.0 competency column (codes such as OP-2 or names such as スタッフィングとスケジューリング); every 2.0 column starts empty.",
    ja: "見出し行にCMBOK 1.0のコンピテンシー列（OP-2などのコード、またはスタッフィングとスケジューリングなどの名称）がありません。2.0の列はすべて空になります。",
  },
};

// ---- Change list ----

function changeNotes(sourceOf: ReadonlyMap<string, number>): CmbokChangeNote[] {
  const carried = [...sourceOf.keys()].flatMap((code): CmbokChangeNote[] => {
    const old = competency1(code);
    const next = SUCCESSOR.get(code);
    if (!next) return [droppedNote(old)];
    const kind = next.change === "renamed" ? "renamed" : next.code !== code ? "moved" : null;
    return kind ? [carriedNote(old, next, kind)] : [];
  });
  const added = CMBOK_DOMAINS.flatMap((group) => group.competencies).flatMap((c): CmbokChangeNote[] => {
    if (c.change === "new") return [newNote(c)];
    if (c.from !== undefined && !sourceOf.has(c.from)) return [absentNote(c, c.from)];
    return [];
  });
  return [...carried, ...added];
}

const KIND_LABEL = {
  renamed: { en: "renamed", ja: "名称変更" },
  moved: { en: "moved", ja: "移動" },
} as const;

function carriedNote(
  old: CmbokCompetency,
  next: CmbokCompetency,
  kind: "renamed" | "moved",
): CmbokChangeNote {
  const sameName = foldName(old.nameJa) === foldName(next.nameJa);
  const label = KIND_LABEL[kind];
  return {
    kind,
    from: old.code,
    to: next.code,
    message: {
      en: `${old.code} ${old.nameEn} -> ${next.code}${sameName ? "" : ` ${next.nameEn}`} (${label.en})`,
      ja: `${old.code} ${old.nameJa} → ${next.code}${sameName ? "" : ` ${next.nameJa}`}（${label.ja}）`,
    },
  };
}

function droppedNote(old: CmbokCompetency): CmbokChangeNote {
  const header = droppedHeader(old.code);
  return {
    kind: "dropped",
    from: old.code,
    to: null,
    message: {
      en: `${old.code} ${old.nameEn}: no CMBOK 2.0 competency continues it; kept as the extra column "${header.en}"`,
      ja: `${old.code} ${old.nameJa}：CMBOK 2.0に引き継ぐコンピテンシーがないため、追加列「${header.ja}」として残します`,
    },
  };
}

function newNote(c: CmbokCompetency): CmbokChangeNote {
  return {
    kind: "new",
    from: null,
    to: c.code,
    message: {
      en: `${c.code} ${c.nameEn}: new in CMBOK 2.0; the column starts empty`,
      ja: `${c.code} ${c.nameJa}：CMBOK 2.0で追加。列は空欄から始まります`,
    },
  };
}

function absentNote(c: CmbokCompetency, from: string): CmbokChangeNote {
  return {
    kind: "absent",
    from,
    to: c.code,
    message: {
      en: `${c.code} ${c.nameEn}: the sheet has no column for CMBOK 1.0 ${from}; the column starts empty`,
      ja: `${c.code} ${c.nameJa}：シートにCMBOK 1.0の${from}の列がないため、列は空欄から始まります`,
    },
  };
}
