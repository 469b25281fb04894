/**
 * @jest-environment jsdom
 *
 * The pane's settings store and panel hooks on the in-memory workbook: one setting
 * reaches every panel, the scoring choices are kept in the workbook, and the UI text
 * catalog is complete in both languages.
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { APP_MESSAGES } from "../../src/app/problem";
import { createRoster } from "../../src/app/roster";
import { say, TEXT, type TextKey } from "../../src/taskpane/i18n";
import { PaneProvider, usePane } from "../../src/taskpane/pane";
import { useDistributionPanel } from "../../src/taskpane/panels/useDistributionPanel";
import { useImportPanel } from "../../src/taskpane/panels/useImportPanel";
import { useScorePanel } from "../../src/taskpane/panels/useScorePanel";
import { SAMPLE_ROSTER_HEADERS, sampleRosterRows } from "../../src/core/roster/sample";
import { SCORING_SETTING, SettingsProvider, useSettings } from "../../src/taskpane/settings";
import { useAction } from "../../src/taskpane/useAction";

function wrapperFor(workbook: MemoryWorkbook) {
  function Pane({ children }: { children: ReactNode }) {
    const runner = useAction();
    return <PaneProvider pane={{ workbook, runner, onChanged: () => undefined }}>{children}</PaneProvider>;
  }
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <SettingsProvider workbook={workbook} initial={{ lang: "en" }}>
        <Pane>{children}</Pane>
      </SettingsProvider>
    );
  };
}

async function rosterWithoutRules(): Promise<MemoryWorkbook> {
  const workbook = new MemoryWorkbook();
  await createRoster(workbook, { lang: "en", sampleRows: true, useCompanyRules: false, edition: "V3" });
  return workbook;
}

describe("one settings store for every panel", () => {
  it("'use the company's KPI Rules' set once applies to scoring and to the distribution", async () => {
    const workbook = await rosterWithoutRules();
    const { result } = renderHook(
      () => ({
        settings: useSettings(),
        score: useScorePanel(),
        draw: useDistributionPanel(),
        status: usePane().runner.status,
      }),
      { wrapper: wrapperFor(workbook) },
    );
    // With the setting on and no KPI Rules table, both actions say so: both read the one setting.
    act(() => result.current.settings.setUseCompanyRules(true));
    await act(() => result.current.score.score());
    expect(result.current.status).toEqual({
      kind: "error",
      message: APP_MESSAGES.rulesTableMissing,
      expected: true,
    });
    await act(() => result.current.draw.draw());
    expect(result.current.status).toEqual({
      kind: "error",
      message: APP_MESSAGES.rulesTableMissing,
      expected: true,
    });

    act(() => result.current.settings.setUseCompanyRules(false));
    await act(() => result.current.score.score());
    expect(result.current.status).toMatchObject({ kind: "success", message: { en: "Scored 16 rows." } });
    await act(() => result.current.draw.draw());
    expect(result.current.status).toMatchObject({
      kind: "success",
      message: { en: "Level distribution of 16 people drawn." },
    });
  });

  it("keeps the scoring choices in the workbook and reads them back when the pane opens again", async () => {
    const workbook = new MemoryWorkbook();
    const first = renderHook(() => useSettings(), { wrapper: wrapperFor(workbook) });
    act(() => {
      first.result.current.setEdition("V2");
      first.result.current.setUseCompanyRules(true);
    });
    await waitFor(async () =>
      expect(JSON.parse((await workbook.readSetting(SCORING_SETTING)) ?? "{}")).toEqual({
        edition: "V2",
        useCompanyRules: true,
      }),
    );
    first.unmount();
    const again = renderHook(() => useSettings(), { wrapper: wrapperFor(workbook) });
    await waitFor(() => expect(again.result.current.edition).toBe("V2"));
    expect(again.result.current.useCompanyRules).toBe(true);
  });

  it("a workbook's unreadable setting leaves the defaults", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeSetting(SCORING_SETTING, "{not json");
    const { result } = renderHook(() => useSettings(), { wrapper: wrapperFor(workbook) });
    await act(async () => undefined);
    expect(result.current).toMatchObject({ edition: "V3", useCompanyRules: false });
  });
});

describe("replacing data asks first", () => {
  it("an import that would replace the Roster's rows waits for the answer; keeping changes nothing", async () => {
    const workbook = await rosterWithoutRules();
    workbook.putSheet("Team", [[...SAMPLE_ROSTER_HEADERS], [...(sampleRosterRows()[0] ?? [])]]);
    const { result } = renderHook(() => ({ panel: useImportPanel(), status: usePane().runner.status }), {
      wrapper: wrapperFor(workbook),
    });
    act(() => result.current.panel.setSheet("Team"));
    await act(() => result.current.panel.pickSheet());
    act(() => result.current.panel.chooseMode("replace"));
    await waitFor(() => expect(result.current.status.kind).not.toBe("working"));
    await act(() => result.current.panel.start());
    expect(result.current.panel.confirmReplace).toBe(16);
    expect(workbook.table("Roster")?.rows).toBe(17);

    act(() => result.current.panel.keep());
    expect(result.current.status).toEqual({ kind: "success", message: TEXT.keptRoster });
    expect(workbook.table("Roster")?.rows).toBe(17);

    await act(() => result.current.panel.start());
    await act(() => result.current.panel.replace());
    expect(result.current.panel.confirmReplace).toBeNull();
    expect(workbook.table("Roster")?.rows).toBe(2);
  });
});

describe("the UI text catalog", () => {
  const keys = Object.keys(TEXT) as TextKey[];
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it.each(keys)("%s has both languages with the same placeholders", (key) => {
    const message = TEXT[key];
    const english = typeof message.en === "string" ? [message.en] : [message.en.one, message.en.other];
    expect(message.ja.trim()).not.toBe("");
    for (const en of english) {
      expect(en.trim()).not.toBe("");
      expect(placeholders(en)).toEqual(placeholders(message.ja));
    }
  });

  it("counts in English take the singular for one and the plural otherwise", () => {
    expect(say("en", "scoredRows", { n: 1 })).toBe("Scored 1 row.");
    expect(say("en", "scoredRows", { n: 0 })).toBe("Scored 0 rows.");
    expect(say("en", "distributionDone", { n: 1 })).toBe("Level distribution of 1 person drawn.");
    expect(say("ja", "scoredRows", { n: 1 })).toBe("1行を評価しました。");
    expect(say("en", "emptyRowsSkipped", { n: 2 })).toBe(
      "2 empty rows were not scored (they hold no person).",
    );
  });

  it("no two messages say the same thing in both languages", () => {
    const seen = new Map<string, TextKey>();
    const duplicates: string[] = [];
    for (const key of keys) {
      const id = JSON.stringify(TEXT[key]);
      const earlier = seen.get(id);
      if (earlier) duplicates.push(`${earlier} = ${key}`);
      else seen.set(id, key);
    }
    expect(duplicates).toEqual([]);
  });
});
