/**
 * Starts the task pane. In Excel it works on the open workbook through Office.js;
 * in a plain browser (Office.onReady reports no host) it opens an in-memory
 * workbook with the sample roster, so the product can be seen and tested anywhere.
 */
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { webLightTheme, type Theme } from "@fluentui/react-components";
import type { MemoryWorkbook } from "../adapters/memory/memory-workbook";
import type { WorkbookAdapter } from "../adapters/workbook";
import type { Lang } from "../core/catalog/types";
import { App } from "./App";
import { deferredWorkbook } from "./deferred-workbook";
import { initialLang } from "./i18n";
import { createRoster, drawDistribution, loadStandard } from "../app/roster";

async function start(): Promise<void> {
  const info = typeof Office !== "undefined" ? await Office.onReady() : { host: null };
  const inExcel = typeof Office !== "undefined" && info.host === Office.HostType.Excel;
  const officeLanguage = inExcel ? Office.context.displayLanguage : undefined;
  const lang = initialLang(officeLanguage, navigator.language);
  const dark = inExcel && isDark(Office.context.officeTheme?.bodyBackgroundColor);

  // The pane renders first; then the workbook opens, and every action waits for it
  // (deferred-workbook.ts). The preview's sample is written then, not before the pane, and
  // not while the pane's first render is still on the main thread.
  let rendered!: () => void;
  const opening = new Promise<void>((resolve) => (rendered = resolve));
  const preview = inExcel ? undefined : opening.then(() => openPreview(lang));
  const workbook = deferredWorkbook(inExcel ? "excel" : "memory", preview ?? opening.then(openExcel));
  // The dark theme's tokens load only when Office shows a dark theme.
  const theme: Theme = dark
    ? (
        await import(
          /* webpackChunkName: "dark-theme", webpackExports: ["webDarkTheme"] */ "@fluentui/react-components"
        )
      ).webDarkTheme
    : webLightTheme;
  const root = document.getElementById("root");
  if (root)
    flushSync(() =>
      createRoot(root).render(<App workbook={workbook} preview={preview} initialLang={lang} theme={theme} />),
    );
  rendered();
}

/** Loaded only in Excel: the preview never pulls in the Office.js adapter. */
async function openExcel(): Promise<WorkbookAdapter> {
  const { ExcelWorkbook } = await import(
    /* webpackChunkName: "excel-adapter" */ "../adapters/excel/excel-workbook"
  );
  return new ExcelWorkbook();
}

/**
 * Loaded only in a plain browser (Excel's start never pulls in the in-memory workbook): the
 * workbook with the built-in sample, the standard, a scored sample roster and its level
 * distribution, so the preview shows value at once (?sample=none starts from an empty workbook).
 */
async function openPreview(lang: Lang): Promise<MemoryWorkbook> {
  const { MemoryWorkbook } = await import(
    /* webpackChunkName: "preview" */ "../adapters/memory/memory-workbook"
  );
  const preview = new MemoryWorkbook();
  // The functions' messages follow the display language, as in Excel.
  preview.setDisplayLanguage(lang);
  if (new URLSearchParams(location.search).get("sample") !== "none") {
    await loadStandard(preview, lang, { overwriteEdits: true });
    await createRoster(preview, { lang, sampleRows: true, useCompanyRules: false, edition: "V3" });
    await drawDistribution(preview, { lang, edition: "V3", useCompanyRules: false, fromSelection: false });
    preview.activeSheet = "Roster";
  }
  return preview;
}

/** Office's theme colour is "#rrggbb"; dark when its luminance is low. */
function isDark(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h ?? "0", 16));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0) < 128;
}

void start();
