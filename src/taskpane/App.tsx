import { lazy, Suspense, useCallback, useState, type ComponentType } from "react";
import {
  Dropdown,
  Field,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Option,
  Tab,
  TabList,
  Text,
  Spinner,
  ToggleButton,
  makeStyles,
  tokens,
  type Theme,
} from "@fluentui/react-components";
import type { Edition, Lang, Localized } from "../core/catalog/types";
import type { WorkbookAdapter } from "../adapters/workbook";
import type { MemoryWorkbook } from "../adapters/memory/memory-workbook";
import {
  DistributionPanel,
  RosterPanel,
  ScorePanel,
  StandardPanel,
  type PanelProps,
} from "./components/Panels";
import { StatusBar } from "./components/StatusBar";
import { PreviewWorkbook } from "./components/PreviewWorkbook";
import { say, TEXT } from "./i18n";
import { SKILLS_TEXT } from "./i18n-skills";
import { ROUNDS_TEXT } from "./i18n-rounds";
import { ENGAGEMENTS_TEXT } from "./i18n-engagements";
import { useAction } from "./useAction";

/** Loaded when their tab is first opened: the import pipeline and the skills sheets are not part of the pane's start. */
const ImportPanel = lazy(() => import(/* webpackChunkName: "import" */ "./components/ImportPanel"));
const SkillsPanel = lazy(() => import(/* webpackChunkName: "skills" */ "./components/SkillsPanel"));
const RoundsPanel = lazy(() =>
  import(/* webpackChunkName: "rounds" */ "./components/RoundsPanel").then((m) => ({
    default: m.RoundsPanel,
  })),
);

const EngagementsPanel = lazy(
  () => import(/* webpackChunkName: "engagements" */ "./components/EngagementsPanel"),
);

const SECTIONS = [
  { value: "standard", label: TEXT.tabStandard, Panel: StandardPanel },
  { value: "roster", label: TEXT.tabRoster, Panel: RosterPanel },
  { value: "score", label: TEXT.tabScore, Panel: ScorePanel },
  { value: "distribution", label: TEXT.tabDistribution, Panel: DistributionPanel },
  { value: "import", label: TEXT.tabImport, Panel: ImportPanel },
  { value: "skills", label: SKILLS_TEXT.tabSkills, Panel: SkillsPanel },
  { value: "rounds", label: ROUNDS_TEXT.tabRounds, Panel: RoundsPanel },
  { value: "engagements", label: ENGAGEMENTS_TEXT.tab, Panel: EngagementsPanel },
] as const satisfies readonly { value: string; label: Localized; Panel: ComponentType<PanelProps> }[];

type Section = (typeof SECTIONS)[number]["value"];

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  pane: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: "560px",
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
  },
  toolbar: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "flex-end",
    flexWrap: "wrap",
  },
  layout: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalXXL,
  },
  preview: { flex: "1 1 560px", minWidth: "320px", padding: tokens.spacingHorizontalL },
});

export interface AppProps {
  workbook: WorkbookAdapter;
  /** Set in a plain browser: the in-memory workbook the preview shows. */
  preview?: MemoryWorkbook;
  initialLang: Lang;
  theme: Theme;
}

export function App({ workbook, preview, initialLang, theme }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [edition, setEdition] = useState<Edition>("V3");
  const [section, setSection] = useState<Section>("standard");
  const [version, setVersion] = useState(0);
  const runner = useAction();
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const props = { lang, edition, workbook, runner, onChanged: changed };
  const current = SECTIONS.find((s) => s.value === section) ?? SECTIONS[0];

  return (
    // The page's own styles go on an inner element: on the provider they would also cover the popup layer.
    <FluentProvider theme={theme} lang={lang}>
      <div className={`${styles.root} ${styles.layout}`}>
        <main className={styles.pane}>
          <header className={styles.header}>
            <div>
              <Text as="h1" size={500} weight="semibold" block>
                {say(lang, "appTitle")}
              </Text>
              <Text size={200}>{say(lang, "appSubtitle")}</Text>
            </div>
            <div role="group" aria-label={say(lang, "language")}>
              <ToggleButton size="small" checked={lang === "en"} onClick={() => setLang("en")} lang="en">
                English
              </ToggleButton>
              <ToggleButton size="small" checked={lang === "ja"} onClick={() => setLang("ja")} lang="ja">
                日本語
              </ToggleButton>
            </div>
          </header>
          {preview && (
            <MessageBar intent="info">
              <MessageBarBody>{say(lang, "previewBanner")}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.toolbar}>
            <Field label={say(lang, "edition")}>
              <Dropdown
                value={edition === "V3" ? say(lang, "editionV3") : say(lang, "editionV2")}
                selectedOptions={[edition]}
                onOptionSelect={(_, d) => setEdition((d.optionValue as Edition) ?? "V3")}
              >
                <Option value="V3">{say(lang, "editionV3")}</Option>
                <Option value="V2">{say(lang, "editionV2")}</Option>
              </Dropdown>
            </Field>
          </div>
          <TabList
            selectedValue={section}
            onTabSelect={(_, d) => setSection(d.value as Section)}
            aria-label={say(lang, "tabs")}
          >
            {SECTIONS.map((s) => (
              <Tab key={s.value} value={s.value}>
                {s.label[lang]}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" aria-label={current.label[lang]}>
            <Suspense fallback={<Spinner size="small" label={say(lang, "working")} />}>
              <current.Panel {...props} />
            </Suspense>
          </div>
          <StatusBar status={runner.status} lang={lang} onDismiss={runner.dismiss} />
        </main>
        {preview && (
          <aside className={styles.preview} aria-label={say(lang, "workbookSheets")}>
            <PreviewWorkbook workbook={preview} lang={lang} version={version} onChanged={changed} />
          </aside>
        )}
      </div>
    </FluentProvider>
  );
}
