/**
 * The production build (dist/, which npm test builds first) as Office loads it.
 * - The shared-runtime page loads every bundle; the functions must register and compute with
 *   the UI bundle absent (as if a parse error in React/Fluent code had stopped it).
 * - Every script parses as the oldest webview that runs the add-in parses it: ES2021 syntax
 *   (webpack.config.js BROWSERS: Safari 14.1, Chromium 80) and no regular expression
 *   lookbehind, which WKWebView parses only from Safari 16.4 (a parse error stops a whole file).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { DIST } from "./harness";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const acorn = require("acorn") as typeof import("acorn");

const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
  .map((m) => m[1] ?? "")
  .filter((s) => !/^https?:/.test(s));

describe("the functions bundle", () => {
  it("is loaded by the shared-runtime page before the pane", () => {
    expect(scripts.indexOf("functions.js")).toBeGreaterThanOrEqual(0);
    expect(scripts.indexOf("functions.js")).toBeLessThan(scripts.indexOf("taskpane.js"));
  });

  it("registers and computes every HR function without the pane's bundle", () => {
    const associated: Record<string, (...args: unknown[]) => unknown> = {};
    const context: Record<string, unknown> = {
      CustomFunctions: {
        associate: (id: string, fn: (...args: unknown[]) => unknown) => (associated[id] = fn),
      },
      console,
      setTimeout,
      clearTimeout,
    };
    context.self = context;
    context.window = context;
    context.globalThis = context;
    for (const script of scripts.filter((s) => s !== "taskpane.js")) {
      // The page's script element: webpack finds where its on-demand chunks are from it.
      context.document = { currentScript: { tagName: "SCRIPT", src: `https://itss-addin.test/${script}` } };
      runInNewContext(readFileSync(join(DIST, script), "utf8"), context, { filename: script });
    }
    expect(Object.keys(associated).sort()).toEqual(
      expect.arrayContaining([
        "CMBOK",
        "ITSSCRITERIA",
        "ITSSGAP",
        "ITSSHISTORY",
        "ITSSKNOWLEDGE",
        "ITSSLEVEL",
        "ITSSMEETS",
        "ITSSSKILL",
        "ITSSSKILLLEVEL",
      ]),
    );
    const row = [
      ["E1", "", "", "", "Hardware", "Member", 1, 0, 2, 0, "Specific users", 0, 0, 0, 0, 0, 0, 1, 0, 0, 0],
    ];
    expect(associated.ITSSLEVEL?.(row, null, null, null)).toBe(3);
  });

  it("holds no React or Fluent code, and neither does what it loads with", () => {
    for (const script of scripts.filter((s) => s !== "taskpane.js")) {
      const code = readFileSync(join(DIST, script), "utf8");
      expect([script, /react\.element|__reactFiber|fluentui|griffel/i.test(code)]).toEqual([script, false]);
    }
  });
});

describe("every bundle", () => {
  const files = readdirSync(DIST).filter((f) => f.endsWith(".js"));

  it.each(files)("%s parses as ES2021 with no regular expression lookbehind", (file) => {
    const code = readFileSync(join(DIST, file), "utf8");
    const lookbehind: string[] = [];
    acorn.parse(code, {
      ecmaVersion: 2021,
      sourceType: "script",
      onToken: (token) => {
        const value = (token as unknown as { value?: { pattern?: string } }).value;
        if (token.type.label === "regexp" && value?.pattern && /\(\?<[=!]/.test(value.pattern))
          lookbehind.push(value.pattern);
      },
    });
    expect(lookbehind).toEqual([]);
  });
});
