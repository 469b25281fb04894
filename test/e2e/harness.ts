/**
 * End-to-end harness: serves the production build (dist/) on loopback and drives
 * Debian's Chromium with playwright-core. No browser is downloaded.
 */
import { existsSync, mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const SCREENSHOTS = join(ROOT, "test-results", "screenshots");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "text/xml",
};

export interface Harness {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  if (!existsSync(join(DIST, "preview.html")))
    throw new Error("dist/preview.html is missing: run `npm run build` first (npm test does)");
  const server = http.createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    readFile(join(DIST, path))
      .then((body) => {
        res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" });
        res.end(body);
      })
      .catch(() => {
        res.writeHead(404);
        res.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    url: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Opens the preview and waits until the pane is interactive; page errors fail the test. */
export async function openPreview(h: Harness, query = ""): Promise<{ page: Page; errors: string[] }> {
  const page = await h.browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${h.url}/preview.html${query}`);
  await page.getByRole("tab", { name: /Standard|標準/ }).waitFor({ timeout: 30_000 });
  return { page, errors };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    // Tabster (Fluent UI's focus manager) adds hidden focus guards that move focus on at once;
    // they are never read out, and axe cannot tell them from real hidden controls.
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] } as unknown as Document, {
      resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Text of one column of a sheet as the preview shows it. */
export async function sheetColumn(page: Page, sheet: string, header: string): Promise<string[]> {
  return page.evaluate(
    ({ sheet, header }) => {
      const table = document.querySelector(`table[data-sheet="${sheet}"]`);
      if (!table) return [];
      const rows = [...table.querySelectorAll("tr")];
      const headers = [...(rows[0]?.querySelectorAll("th") ?? [])].map((th) => th.textContent ?? "");
      const at = headers.indexOf(header);
      return rows.slice(1).map((tr) => tr.querySelectorAll("td")[at]?.textContent ?? "");
    },
    { sheet, header },
  );
}

/** Waits for a pane status message (a completed action) that matches the pattern. */
export async function success(page: Page, pattern: RegExp): Promise<void> {
  await page.getByRole("status").filter({ hasText: pattern }).first().waitFor({ timeout: 20_000 });
}

/**
 * Opens a roster file in the preview ("Open a roster file"); when the workbook already has
 * a roster with people the pane asks first, and this answers "replace".
 */
export async function openRosterFile(page: Page, file: string): Promise<void> {
  await page.getByTestId("open-file").setInputFiles(file);
  const replace = page.getByRole("dialog").getByRole("button", { name: /^(Replace the rows|置き換える)$/ });
  const opened = page.getByRole("status").filter({ hasText: /Opened |を開きました/ });
  await replace.or(opened).first().waitFor({ timeout: 20_000 });
  if (await replace.isVisible()) await replace.click();
  await opened.first().waitFor({ timeout: 20_000 });
}
