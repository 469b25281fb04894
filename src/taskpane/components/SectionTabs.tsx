/**
 * The pane's navigation: the WAI-ARIA tabs pattern on native buttons, in Fluent's look.
 * Fluent's TabList would bring tabster (its keyboard-navigation library) and the tab
 * styles and motion into the pane's start, about 25 KB gzip, for what this does in a few
 * lines: one tab in the Tab order (the selected one), arrow keys and Home/End move focus
 * along the tabs (wrapping at the ends), Enter or Space selects the focused tab (manual
 * activation: a panel may load code when first shown, so focus alone never opens one).
 */
import type { KeyboardEvent } from "react";
import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    rowGap: tokens.spacingVerticalXXS,
  },
  tab: {
    position: "relative",
    display: "inline-flex",
    flexDirection: "column",
    alignItems: "center",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    ":hover": {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      color: tokens.colorNeutralForeground2Hover,
    },
    ":active": {
      backgroundColor: tokens.colorSubtleBackgroundPressed,
      color: tokens.colorNeutralForeground2Pressed,
    },
    "@media (forced-colors: active)": { ":hover": { color: "Highlight" } },
    ...createFocusOutlineStyle(),
  },
  // The label again in bold, invisible and flat: a tab keeps its width when it becomes selected.
  // (Generated content would do the same but would count in the tab's accessible name.)
  reserve: {
    fontWeight: tokens.fontWeightSemibold,
    height: 0,
    overflow: "hidden",
    visibility: "hidden",
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    // The selection bar under the label (the system's highlight colour in high contrast).
    "::before": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
      "@media (forced-colors: active)": { backgroundColor: "Highlight" },
    },
  },
});

export interface SectionTab<V extends string> {
  readonly value: V;
  readonly label: string;
  /** Set when the tab's panel is in the page (panels mount when first shown). */
  readonly controls?: string;
}

export function SectionTabs<V extends string>({
  tabs,
  selected,
  onSelect,
  label,
  idPrefix,
}: {
  tabs: readonly SectionTab<V>[];
  selected: V;
  onSelect: (value: V) => void;
  /** The tab list's accessible name. */
  label: string;
  /** Tab ids are `${idPrefix}${value}`, for the panels' aria-labelledby. */
  idPrefix: string;
}) {
  const styles = useStyles();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const next =
      event.key === "ArrowRight" || event.key === "ArrowDown"
        ? (at + 1) % buttons.length
        : event.key === "ArrowLeft" || event.key === "ArrowUp"
          ? (at - 1 + buttons.length) % buttons.length
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? buttons.length - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    buttons[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const isSelected = tab.value === selected;
        return (
          <button
            key={tab.value}
            type="button"
            role="tab"
            id={`${idPrefix}${tab.value}`}
            aria-selected={isSelected}
            aria-controls={tab.controls}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(tab.value)}
          >
            {tab.label}
            <span aria-hidden className={styles.reserve}>
              {tab.label}
            </span>
          </button>
        );
      })}
    </div>
  );
}
