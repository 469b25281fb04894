/**
 * Reads a `CMBOK Assessment` sheet (CMBOK 2.0): finds the competency columns of a
 * header row and one person's ratings from a row. Other columns are skipped.
 */
import { readCompetencyHeader } from "./cmbok-headers";
import { CMBOK_RATING_VALID, parseCmbokRating, type CmbokRating } from "./cmbok-rating";
import { safeText } from "./rating";
import type { SkillProblem } from "./types";

/** Where the CMBOK 2.0 competencies sit in a sheet's header row. */
export interface CmbokColumns {
  readonly headers: readonly string[];
  /** Position of each 2.0 competency column, by code. */
  readonly columnOf: ReadonlyMap<string, number>;
  /** Duplicate columns, codes 2.0 does not have, and code/name mismatches. */
  readonly problems: readonly SkillProblem[];
}

/**
 * Locate the CMBOK 2.0 competency columns. A header that is a 1.0-only code or a
 * 2.0 code with another competency's name is reported: the sheet may be a 1.0
 * sheet that needs `migrateCmbokHeaders` first.
 */
export function mapCmbokColumns(headerRow: readonly unknown[]): CmbokColumns {
  const headers = headerRow.map(safeText);
  const columnOf = new Map<string, number>();
  const problems: SkillProblem[] = [];
  const report = (header: string, message: SkillProblem["message"]) =>
    problems.push({ kind: "header", header, value: header, message });
  headers.forEach((header, i) => {
    const read = readCompetencyHeader(header, "2.0");
    if (read.kind === "unknown-code")
      report(header, {
        en: `Column "${header}": ${read.code} is not a CMBOK 2.0 competency code; if the sheet is CMBOK 1.0, migrate it first.`,
        ja: `「${header}」列：${read.code}はCMBOK 2.0のコンピテンシーコードではありません。CMBOK 1.0のシートなら先に移行してください。`,
      });
    else if (read.kind === "name-mismatch")
      report(header, {
        en: `Column "${header}": CMBOK 2.0 ${read.competency.code} is ${read.competency.nameEn}, not the name in the header; if the sheet is CMBOK 1.0, migrate it first.`,
        ja: `「${header}」列：CMBOK 2.0の${read.competency.code}は「${read.competency.nameJa}」で、見出しの名称と一致しません。CMBOK 1.0のシートなら先に移行してください。`,
      });
    else if (read.kind === "competency") {
      const code = read.competency.code;
      const first = columnOf.get(code);
      if (first === undefined) columnOf.set(code, i);
      else
        report(header, {
          en: `Columns "${headers[first] ?? ""}" and "${header}" are both ${code}; keep one of them.`,
          ja: `「${headers[first] ?? ""}」列と「${header}」列はどちらも${code}です。どちらか一方にしてください。`,
        });
    }
  });
  return { headers, columnOf, problems };
}

/** One person's 0-4 ratings by 2.0 code; invalid cells are problems and count as blank. */
export function readCmbokRatings(
  columns: CmbokColumns,
  cells: readonly unknown[],
): { ratings: ReadonlyMap<string, CmbokRating | null>; problems: readonly SkillProblem[] } {
  const ratings = new Map<string, CmbokRating | null>();
  const problems: SkillProblem[] = [];
  for (const [code, column] of columns.columnOf) {
    const value = cells[column];
    const parsed = parseCmbokRating(value);
    ratings.set(code, parsed.ok ? parsed.value : null);
    if (!parsed.ok) {
      const header = columns.headers[column] ?? code;
      const text = safeText(value);
      problems.push({
        kind: "rating",
        header,
        value: text,
        message: {
          en: `Column "${header}": "${text}" is not a CMBOK rating. Valid: ${CMBOK_RATING_VALID.en}.`,
          ja: `「${header}」列：「${text}」はCMBOKの評価として無効です。有効な値：${CMBOK_RATING_VALID.ja}。`,
        },
      });
    }
  }
  return { ratings, problems };
}
