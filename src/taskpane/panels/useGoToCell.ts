/** Selects a cell of the workbook (a problem's cell); a failure shows in the pane. */
import { useCallback } from "react";
import { usePane } from "../pane";

export function useGoToCell(): (sheet: string, row: number, column: number) => void {
  const { workbook, runner, onChanged } = usePane();
  return useCallback(
    (sheet, row, column) => void runner.attempt(() => workbook.select(sheet, row, column).then(onChanged)),
    [workbook, runner, onChanged],
  );
}
