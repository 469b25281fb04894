/**
 * The one place Excel.run is called. Retries once when Excel refuses because the
 * user is editing a cell, and turns any Office error into a WorkbookWriteError
 * that says which table may be incomplete.
 */
import type { Localized } from "../../core/catalog/types";
import { WorkbookWriteError } from "../workbook";

export interface RunState {
  /** The table being written, reported if the run fails part-way. */
  current: string | null;
}

const EDIT_MODE = "InvalidOperationInCellEditMode";
const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function runExcel<T>(
  batch: (context: Excel.RequestContext, state: RunState) => Promise<T>,
  retryDelayMs = 1500,
): Promise<T> {
  const state: RunState = { current: null };
  for (let attempt = 0; ; attempt++) {
    try {
      return await Excel.run((context) => batch(context, state));
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === EDIT_MODE && attempt === 0) {
        await wait(retryDelayMs);
        continue;
      }
      throw toWriteError(err, state.current);
    }
  }
}

function toWriteError(err: unknown, partial: string | null): WorkbookWriteError {
  if (err instanceof WorkbookWriteError) return err;
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const detail: Localized =
    code === EDIT_MODE
      ? {
          en: "Excel is busy: finish editing the cell (press Enter or Esc), then try again.",
          ja: "セルの編集中です。Enter または Esc で編集を終えてから、もう一度実行してください。",
        }
      : code === "RequestPayloadSizeLimitExceeded"
        ? {
            en: "The workbook refused a request as too large.",
            ja: "要求が大きすぎるためブックに拒否されました。",
          }
        : { en: `Excel reported an error: ${message}`, ja: `Excelでエラーが発生しました：${message}` };
  const partialNote: Localized | null = partial
    ? {
        en: ` The table "${partial}" may be incomplete: run the action again to rewrite it.`,
        ja: ` テーブル「${partial}」が途中までしか書き込まれていない可能性があります。もう一度実行して書き直してください。`,
      }
    : null;
  return new WorkbookWriteError(
    partialNote ? { en: detail.en + partialNote.en, ja: detail.ja + partialNote.ja } : detail,
    partial,
    err,
  );
}
