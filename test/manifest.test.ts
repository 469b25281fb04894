/** The XML manifest, checked offline: well-formed, shared runtime, functions, resids, URLs. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteUrls, PROD_URL } = require("../webpack.config.js");

const xml = readFileSync(join(__dirname, "..", "manifest.xml"), "utf8");
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  isArray: (name) =>
    ["Url", "String", "Image", "Set", "Runtime", "ExtensionPoint", "Override"].includes(name),
});
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const doc = parser.parse(xml) as any;
const app = doc.OfficeApp;
const host = app.VersionOverrides.Hosts.Host;
const resources = app.VersionOverrides.Resources;
const urlIds = resources.Urls.Url.map((u: { "@id": string }) => u["@id"]);

describe("manifest.xml", () => {
  it("is well-formed XML for a Workbook task pane add-in with least permission", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(app["@type"]).toBe("TaskPaneApp");
    expect(app.Hosts.Host["@Name"]).toBe("Workbook");
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(app.Id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("declares a shared runtime used by the pane, the functions and the ribbon, with one resid", () => {
    const sets = app.Requirements.Sets.Set.map(
      (s: Record<string, string>) => `${s["@Name"]} ${s["@MinVersion"]}`,
    );
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime 1.1"]));
    const runtime = host.Runtimes.Runtime[0];
    expect(runtime["@lifetime"]).toBe("long");
    const resid = runtime["@resid"];
    const functions = host.AllFormFactors.ExtensionPoint.find(
      (e: Record<string, string>) => e["@type"] === "CustomFunctions",
    );
    expect(functions.Page.SourceLocation["@resid"]).toBe(resid);
    expect(host.DesktopFormFactor.FunctionFile["@resid"]).toBe(resid);
    const ribbon = host.DesktopFormFactor.ExtensionPoint.find(
      (e: Record<string, string>) => e["@type"] === "PrimaryCommandSurface",
    );
    expect(ribbon.OfficeTab.Group.Control.Action.SourceLocation["@resid"]).toBe(resid);
    expect(urlIds).toContain(resid);
    // Runtimes must come right after the Host element's start.
    expect(xml.indexOf("<Runtimes>")).toBeLessThan(xml.indexOf("<AllFormFactors>"));
  });

  it("has the custom functions extension point with namespace HR and Japanese metadata", () => {
    const functions = host.AllFormFactors.ExtensionPoint.find(
      (e: Record<string, string>) => e["@type"] === "CustomFunctions",
    );
    const namespace = resources.ShortStrings.String.find(
      (s: Record<string, string>) => s["@id"] === functions.Namespace["@resid"],
    );
    expect(namespace["@DefaultValue"]).toBe("HR");
    const metadata = resources.Urls.Url.find(
      (u: Record<string, string>) => u["@id"] === functions.Metadata.SourceLocation["@resid"],
    );
    expect(metadata["@DefaultValue"]).toBe("https://localhost:3000/functions.json");
    expect(metadata.Override[0]).toMatchObject({
      "@Locale": "ja-JP",
      "@Value": "https://localhost:3000/functions.ja.json",
    });
  });

  it("refers only to resids it defines, and to icons that exist in assets", () => {
    const defined = new Set([
      ...urlIds,
      ...resources.Images.Image.map((i: Record<string, string>) => i["@id"]),
      ...resources.ShortStrings.String.map((s: Record<string, string>) => s["@id"]),
      ...resources.LongStrings.String.map((s: Record<string, string>) => s["@id"]),
    ]);
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
    for (const url of [...xml.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]+)/g)].map(
      (m) => m[1] as string,
    )) {
      expect(() => readFileSync(join(__dirname, "..", url))).not.toThrow();
    }
  });

  it("has every UI string in Japanese too", () => {
    for (const s of [...resources.ShortStrings.String, ...resources.LongStrings.String].filter(
      (s) => s["@id"] !== "Functions.Namespace",
    )) {
      expect([s["@id"], s.Override?.[0]?.["@Locale"]]).toEqual([s["@id"], "ja-JP"]);
    }
  });

  it("the production build rewrites every development URL, not only the first", () => {
    const count = (xml.match(/https:\/\/localhost:3000\//g) ?? []).length;
    expect(count).toBeGreaterThan(5);
    const production = rewriteUrls(xml, false);
    expect(production).not.toMatch(/localhost/);
    expect(production.split(PROD_URL).length - 1).toBe(count);
    expect(rewriteUrls(xml, true)).toBe(xml);
  });
});
