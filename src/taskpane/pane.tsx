/**
 * What every panel works with besides the settings: the workbook (Excel or the
 * preview's in-memory one), the one action runner whose status the pane shows, and a
 * signal that the workbook changed (the preview redraws its sheets on it).
 */
import { createContext, useContext, type ReactNode } from "react";
import type { WorkbookAdapter } from "../adapters/workbook";
import type { ActionRunner } from "./useAction";

export interface Pane {
  readonly workbook: WorkbookAdapter;
  readonly runner: ActionRunner;
  /** Tells the pane the workbook changed (after an action, a selection). */
  readonly onChanged: () => void;
}

const PaneContext = createContext<Pane | null>(null);

export function PaneProvider({ pane, children }: { pane: Pane; children: ReactNode }) {
  return <PaneContext.Provider value={pane}>{children}</PaneContext.Provider>;
}

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane needs a PaneProvider");
  return pane;
}
