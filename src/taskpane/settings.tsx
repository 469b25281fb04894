/**
 * The pane's settings, in one place: the language, the KPI edition and whether to
 * score with the company's KPI Rules table. Every panel reads them from here and none
 * keeps a copy, so every action of a session scores under the same rules. The scoring
 * choices belong to the workbook (its roster formulas depend on them): they are kept in
 * the workbook's settings and read back when the pane opens.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import type { Edition, Lang } from "../core/catalog/types";
import type { WorkbookAdapter } from "../adapters/workbook";

export interface Settings {
  readonly lang: Lang;
  readonly edition: Edition;
  readonly useCompanyRules: boolean;
}

export interface SettingsStore extends Settings {
  setLang(lang: Lang): void;
  setEdition(edition: Edition): void;
  setUseCompanyRules(on: boolean): void;
}

/** The workbook setting that keeps the scoring choices. */
export const SCORING_SETTING = "itss.scoring";

const SettingsContext = createContext<SettingsStore | null>(null);

export function SettingsProvider({
  workbook,
  initial,
  children,
}: {
  workbook: WorkbookAdapter;
  initial: Partial<Settings> & { lang: Lang };
  children: ReactNode;
}) {
  const [lang, setLang] = useState<Lang>(initial.lang);
  const [scoring, setScoring] = useState<Omit<Settings, "lang">>({
    edition: initial.edition ?? "V3",
    useCompanyRules: initial.useCompanyRules ?? false,
  });

  // Written back when the person changes a choice (not when the workbook's own was read).
  const changed = useRef(false);

  // The workbook's own choices, when it has some; a change made meanwhile wins.
  useEffect(() => {
    let live = true;
    workbook
      .readSetting(SCORING_SETTING)
      .then((stored) => {
        const parsed = parseScoring(stored);
        if (live && parsed && !changed.current) setScoring(parsed);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // Read once per workbook.
  }, [workbook]);

  useEffect(() => {
    if (!changed.current) return;
    // Best effort: a workbook that cannot keep settings still scores under the choice made.
    void workbook.writeSetting(SCORING_SETTING, JSON.stringify(scoring)).catch(() => undefined);
  }, [workbook, scoring]);
  const update = useCallback((change: Partial<Omit<Settings, "lang">>) => {
    changed.current = true;
    setScoring((current) => ({ ...current, ...change }));
  }, []);
  const setEdition = useCallback((edition: Edition) => update({ edition }), [update]);
  const setUseCompanyRules = useCallback((on: boolean) => update({ useCompanyRules: on }), [update]);

  const store = useMemo<SettingsStore>(
    () => ({ lang, ...scoring, setLang, setEdition, setUseCompanyRules }),
    [lang, scoring, setEdition, setUseCompanyRules],
  );
  return <SettingsContext.Provider value={store}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsStore {
  const store = useContext(SettingsContext);
  if (!store) throw new Error("useSettings needs a SettingsProvider");
  return store;
}

function parseScoring(stored: string | null): Omit<Settings, "lang"> | null {
  if (!stored) return null;
  try {
    const value = JSON.parse(stored) as { edition?: unknown; useCompanyRules?: unknown };
    return {
      edition: value.edition === "V2" ? "V2" : "V3",
      useCompanyRules: value.useCompanyRules === true,
    };
  } catch {
    return null;
  }
}
