/**
 * @jest-environment jsdom
 *
 * The browser preview when its in-memory workbook cannot be opened (a chunk that fails
 * to load, say): the sheet area says so in the pane's language instead of spinning.
 */
import { render, screen } from "@testing-library/react";
import { webLightTheme } from "@fluentui/react-components";
import type { MemoryWorkbook } from "../../src/adapters/memory/memory-workbook";
import { App } from "../../src/taskpane/App";
import { deferredWorkbook } from "../../src/taskpane/deferred-workbook";
import { say } from "../../src/taskpane/i18n";

describe("the preview's workbook fails to open", () => {
  beforeAll(() => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterAll(() => jest.restoreAllMocks());

  it.each(["en", "ja"] as const)("says so in %s where the sheets would be", async (lang) => {
    const failed = Promise.reject(new Error("chunk preview failed to load")) as Promise<MemoryWorkbook>;
    failed.catch(() => undefined);
    render(
      <App
        workbook={deferredWorkbook("memory", failed)}
        preview={failed}
        initialLang={lang}
        theme={webLightTheme}
      />,
    );
    expect(await screen.findByText(say(lang, "previewFailed"))).toBeTruthy();
    expect(screen.queryByText(say(lang, "working"))).toBeNull();
  });
});
