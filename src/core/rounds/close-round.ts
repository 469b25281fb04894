/**
 * Plans how closing a round changes the History table. History is append-only:
 * rows of other rounds are never changed, removed or reordered. Closing a round
 * that is already in the table replaces that round's rows, and only after the user
 * confirmed; without confirmation the plan asks for it and changes nothing.
 */
import type { Lang, Localized } from "../catalog/types";
import { isBlank } from "../roster/normalize";
import {
  HISTORY_COLUMNS,
  historyCells,
  historyHeader,
  historyLanguage,
  type HistoryEntry,
} from "./history-table";
import { roundKey, validateRoundLabel } from "./round-label";
import { locateColumns, missingColumns, quoteHeaders } from "./table-columns";

export interface CloseRoundOptions {
  /** The user confirmed replacing the round's existing rows. */
  readonly replace: boolean;
  /** Language of the header row when the History table does not exist yet; an existing table keeps its own. */
  readonly lang?: Lang;
}

export type Row = readonly unknown[];

export interface CloseRoundChange {
  /**
   * append: write rowsToAppend after the table's last row; nothing else changes.
   * needs-confirmation: the round is already in History; ask, then plan again with replace.
   * replace: the table body becomes rowsToKeep followed by rowsToAppend.
   */
  readonly kind: "append" | "needs-confirmation" | "replace";
  /** The table's header row as it is, or the header to create the table with. */
  readonly header: Row;
  /** True when there is no History table yet. */
  readonly createTable: boolean;
  /** Body rows that stay: the very same row arrays that were passed in, in their order. */
  readonly rowsToKeep: readonly Row[];
  /**
   * Data-row indexes (0-based, below the header) of the rows to delete: this round's
   * rows when replacing, else none. A workbook can then delete exactly these and
   * append, instead of rewriting the table and risking the other rounds' rows.
   */
  readonly rowsToRemove: readonly number[];
  /** New rows, cells in the header's column order; empty when confirmation is needed. */
  readonly rowsToAppend: readonly (readonly (string | number)[])[];
  /** Rows of this round that are (or, once confirmed, will be) replaced. */
  readonly replacedCount: number;
  /** What will happen, for the task pane. */
  readonly message: Localized;
}

export type CloseRoundPlan =
  CloseRoundChange | { readonly kind: "invalid"; readonly problems: readonly Localized[] };

/** Every History column but Skill level, which only some workbooks fill. */
const REQUIRED = HISTORY_COLUMNS.map((c) => c.key).filter((k) => k !== "skillLevel");

/**
 * @param existing the History table as read from the sheet, header row first; [] when there is none
 * @param newRows the round's entries (buildSnapshotRows), all of round `roundLabel`
 * @example
 *   planCloseRound(history, rows, "FY2026 H2", { replace: false }).kind // => "append" the first time
 *   planCloseRound(history, rows, "FY2026 H2", { replace: false }).kind // => "needs-confirmation" the second
 */
export function planCloseRound(
  existing: readonly Row[],
  newRows: readonly HistoryEntry[],
  roundLabel: string,
  options: CloseRoundOptions,
): CloseRoundPlan {
  const label = validateRoundLabel(roundLabel);
  if (!label.ok) return { kind: "invalid", problems: [label.message] };
  const key = roundKey(label.label);
  const stray = newRows.find((r) => roundKey(r.round) !== key);
  if (stray) {
    throw new RangeError(`planCloseRound: entry of round "${stray.round}" given for round "${label.label}"`);
  }
  if (newRows.length === 0) {
    return {
      kind: "invalid",
      problems: [
        {
          en: `Round "${label.label}" has nobody to record; score the roster first`,
          ja: `評価回「${label.label}」に記録する人がいません。先に名簿を評価してください`,
        },
      ],
    };
  }
  const [existingHeader, ...body] = existing;
  const createTable = !existingHeader || existingHeader.every(isBlank);
  const header: Row = createTable ? historyHeader(options.lang ?? "en") : existingHeader;
  const lang = createTable ? (options.lang ?? "en") : historyLanguage(header);
  const index = locateColumns(HISTORY_COLUMNS, header);
  const missing = missingColumns(HISTORY_COLUMNS, index, REQUIRED);
  if (missing.length > 0) {
    return {
      kind: "invalid",
      problems: [
        {
          en: `The History table has no column ${quoteHeaders(missing, "en")}; restore the column so rounds stay comparable`,
          ja: `履歴表に列 ${quoteHeaders(missing, "ja")} がありません。評価回を比較できるよう列を戻してください`,
        },
      ],
    };
  }
  const roundAt = index.get("round") as number;
  const ofRound = (row: Row): boolean => roundKey(row[roundAt]) === key;
  const ownRows = body.flatMap((row, i) => (ofRound(row) ? [i] : []));
  const replacedCount = ownRows.length;
  const cells = (): (string | number)[][] => newRows.map((r) => historyCells(r, header, lang));
  const n = newRows.length;
  const l = label.label;
  if (replacedCount === 0) {
    return {
      kind: "append",
      header,
      createTable,
      rowsToKeep: body,
      rowsToRemove: [],
      rowsToAppend: cells(),
      replacedCount,
      message: {
        en: `Adds ${n} rows for round "${l}" to History`,
        ja: `評価回「${l}」の${n}行を履歴に追加します`,
      },
    };
  }
  if (!options.replace) {
    return {
      kind: "needs-confirmation",
      header,
      createTable,
      rowsToKeep: body,
      rowsToRemove: [],
      rowsToAppend: [],
      replacedCount,
      message: {
        en: `Round "${l}" was already closed (${replacedCount} rows in History). Replace them with ${n} new rows? Other rounds stay as they are.`,
        ja: `評価回「${l}」はすでに締められています（履歴に${replacedCount}行）。新しい${n}行で置き換えますか？他の評価回は変わりません。`,
      },
    };
  }
  return {
    kind: "replace",
    header,
    createTable,
    rowsToKeep: body.filter((row) => !ofRound(row)),
    rowsToRemove: ownRows,
    rowsToAppend: cells(),
    replacedCount,
    message: {
      en: `Replaces the ${replacedCount} rows of round "${l}" with ${n} new rows; other rounds stay as they are`,
      ja: `評価回「${l}」の${replacedCount}行を新しい${n}行で置き換えます。他の評価回は変わりません`,
    },
  };
}
