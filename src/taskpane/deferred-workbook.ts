/**
 * A workbook that is still being opened: its adapter's code (Excel's, or the preview's
 * in-memory workbook with its sample) loads while the pane is already on screen. Every
 * call waits until the workbook is ready, then goes to it, so a person who clicks at once
 * gets the same outcome, a moment later; a workbook that failed to open fails the call
 * with the same error, which the pane reports as it reports any action's failure.
 */
import type { WorkbookAdapter } from "../adapters/workbook";

export function deferredWorkbook(
  kind: WorkbookAdapter["kind"],
  ready: Promise<WorkbookAdapter>,
): WorkbookAdapter {
  return {
    kind,
    writeTables: async (...a) => (await ready).writeTables(...a),
    readTable: async (...a) => (await ready).readTable(...a),
    createTemplateTable: async (...a) => (await ready).createTemplateTable(...a),
    findRoster: async (...a) => (await ready).findRoster(...a),
    writeScores: async (...a) => (await ready).writeScores(...a),
    writeReport: async (...a) => (await ready).writeReport(...a),
    updateTableRows: async (...a) => (await ready).updateTableRows(...a),
    listSheets: async () => (await ready).listSheets(),
    readSheetCells: async (...a) => (await ready).readSheetCells(...a),
    readSetting: async (...a) => (await ready).readSetting(...a),
    writeSetting: async (...a) => (await ready).writeSetting(...a),
    select: async (...a) => (await ready).select(...a),
  };
}
