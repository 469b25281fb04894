/**
 * The task pane's shell: the title and language, the scoring settings every panel
 * reads, the navigation, the panels and the status of the last action. A panel keeps
 * its state while another is shown: once opened it stays mounted, hidden.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import {
  Checkbox,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import type { Lang } from "../core/catalog/types";
import type { WorkbookAdapter } from "../adapters/workbook";
import type { MemoryWorkbook } from "../adapters/memory/memory-workbook";
import { SectionTabs } from "./components/SectionTabs";
import { StatusBar } from "./components/StatusBar";
import { say } from "./i18n";
import { PaneProvider, type Pane } from "./pane";
import { SECTIONS, type SectionValue } from "./sections";
import { SettingsProvider, useSettings } from "./settings";
import { useAction } from "./useAction";

/** The preview's workbook view: only a plain browser loads it. */
const PreviewWorkbook = lazy(() =>
  import(/* webpackChunkName: "preview" */ "./components/PreviewWorkbook").then((m) => ({
    default: m.PreviewWorkbook,
  })),
);

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  layout: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalXXL,
  },
  // Excel opens the pane 320-450 px wide: everything wraps to the width, nothing scrolls sideways.
  pane: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    boxSizing: "border-box",
    flex: "0 1 560px",
    minWidth: 0,
    maxWidth: "100%",
    overflowWrap: "anywhere",
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  language: { display: "flex", columnGap: tokens.spacingHorizontalXS },
  settings: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "flex-end",
  },
  edition: { minWidth: 0, maxWidth: "100%" },
  preview: {
    flex: "1 1 560px",
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    overflowX: "auto",
  },
});

export interface AppProps {
  workbook: WorkbookAdapter;
  /** Set in a plain browser: the in-memory workbook the preview shows, once it has opened. */
  preview?: Promise<MemoryWorkbook>;
  initialLang: Lang;
  theme: Theme;
}

export function App({ workbook, preview, initialLang, theme }: AppProps) {
  const initial = useMemo(() => ({ lang: initialLang }), [initialLang]);
  return (
    <SettingsProvider workbook={workbook} initial={initial}>
      <Shell workbook={workbook} preview={preview} theme={theme} />
    </SettingsProvider>
  );
}

function Shell({ workbook, preview, theme }: Omit<AppProps, "initialLang">) {
  const styles = useStyles();
  const settings = useSettings();
  const { lang } = settings;
  const [section, setSection] = useState<SectionValue>("standard");
  // Sections opened so far: they stay mounted (hidden) so their state survives a switch.
  const [opened, setOpened] = useState<ReadonlySet<SectionValue>>(() => new Set(["standard"]));
  const [version, setVersion] = useState(0);
  const runner = useAction();
  const onChanged = useCallback(() => setVersion((v) => v + 1), []);
  const pane = useMemo<Pane>(() => ({ workbook, runner, onChanged }), [workbook, runner, onChanged]);
  // The preview's workbook opens after the pane's first render (index.tsx).
  const [previewWorkbook, setPreviewWorkbook] = useState<MemoryWorkbook | "failed">();
  useEffect(() => {
    let live = true;
    // A preview that fails to open says so where the sheets would be, and in the console.
    preview?.then(
      (wb) => live && setPreviewWorkbook(wb),
      (err: unknown) => {
        console.error(err);
        if (live) setPreviewWorkbook("failed");
      },
    );
    return () => {
      live = false;
    };
  }, [preview]);
  const show = (value: SectionValue) => {
    setSection(value);
    setOpened((o) => (o.has(value) ? o : new Set([...o, value])));
  };

  return (
    // The page's own styles go on an inner element: on the provider they would also cover the popup layer.
    <FluentProvider theme={theme} lang={lang}>
      <PaneProvider pane={pane}>
        <div className={`${styles.root} ${styles.layout}`}>
          <main className={styles.pane}>
            <header className={styles.header}>
              <div>
                <Text as="h1" size={500} weight="semibold" block>
                  {say(lang, "appTitle")}
                </Text>
                <Text size={200}>{say(lang, "appSubtitle")}</Text>
              </div>
              <div role="group" aria-label={say(lang, "language")} className={styles.language}>
                {(["en", "ja"] as const).map((l) => (
                  <ToggleButton
                    key={l}
                    size="small"
                    checked={lang === l}
                    onClick={() => settings.setLang(l)}
                    lang={l}
                  >
                    {l === "en" ? "English" : "日本語"}
                  </ToggleButton>
                ))}
              </div>
            </header>
            {preview && (
              <MessageBar intent="info" layout="multiline">
                <MessageBarBody>{say(lang, "previewBanner")}</MessageBarBody>
              </MessageBar>
            )}
            <div role="group" aria-label={say(lang, "settings")} className={styles.settings}>
              <Field label={say(lang, "edition")}>
                {/* A native select in Fluent's style: no popup positioning code at start. */}
                <Select
                  className={styles.edition}
                  value={settings.edition}
                  onChange={(_, d) => settings.setEdition(d.value === "V2" ? "V2" : "V3")}
                >
                  <option value="V3">{say(lang, "editionV3")}</option>
                  <option value="V2">{say(lang, "editionV2")}</option>
                </Select>
              </Field>
              <Field hint={say(lang, "companyRulesHint")}>
                <Checkbox
                  checked={settings.useCompanyRules}
                  onChange={(_, d) => settings.setUseCompanyRules(Boolean(d.checked))}
                  label={say(lang, "companyRules")}
                />
              </Field>
            </div>
            {/* Compact navigation: the sections wrap onto as many rows as the width needs; none is hidden. */}
            <SectionTabs
              tabs={SECTIONS.map((s) => ({
                value: s.value,
                label: say(lang, s.label),
                controls: opened.has(s.value) ? `panel-${s.value}` : undefined,
              }))}
              selected={section}
              onSelect={show}
              label={say(lang, "tabs")}
              idPrefix="tab-"
            />
            {SECTIONS.filter((s) => opened.has(s.value)).map(({ value, Panel }) => (
              <div
                key={value}
                id={`panel-${value}`}
                role="tabpanel"
                aria-labelledby={`tab-${value}`}
                hidden={value !== section}
              >
                <Suspense fallback={<Spinner size="small" label={say(lang, "working")} />}>
                  <Panel />
                </Suspense>
              </div>
            ))}
            <StatusBar status={runner.status} lang={lang} onDismiss={runner.dismiss} />
          </main>
          {preview && (
            <aside className={styles.preview} aria-label={say(lang, "workbookSheets")}>
              <Suspense fallback={<Spinner size="small" label={say(lang, "working")} />}>
                {previewWorkbook === "failed" ? (
                  <MessageBar intent="error" layout="multiline">
                    <MessageBarBody>{say(lang, "previewFailed")}</MessageBarBody>
                  </MessageBar>
                ) : previewWorkbook ? (
                  <PreviewWorkbook workbook={previewWorkbook} lang={lang} version={version} />
                ) : (
                  <Spinner size="small" label={say(lang, "working")} />
                )}
              </Suspense>
            </aside>
          )}
        </div>
      </PaneProvider>
    </FluentProvider>
  );
}
