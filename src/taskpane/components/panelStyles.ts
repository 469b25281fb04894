/**
 * Styles every task pane panel shares. The pane is 320-450 px wide in Excel: text
 * wraps (long words and codes too), lists scroll vertically, nothing scrolls sideways.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePanelStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalS,
    minWidth: 0,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  help: { color: tokens.colorNeutralForeground2 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  /** Controls side by side when they fit, stacked when not. */
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: "flex-end",
  },
  list: { maxHeight: "280px", overflowY: "auto", overflowX: "hidden", overflowWrap: "anywhere" },
  bullets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  /** A table whose columns share the pane's width instead of growing past it. */
  fixed: { tableLayout: "fixed", width: "100%" },
  narrow: { width: "56px" },
  wrap: { overflowWrap: "anywhere", whiteSpace: "normal" },
});
