/**
 * manifest.xml checked offline against the documented schema rules, since Office refuses a
 * manifest that fails its schema and the online validator (office-addin-manifest validate)
 * needs the network. The rules below are the xs:sequence order, minOccurs and string types of
 * Microsoft's XSDs (OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd,
 * OfficeAppBasicTypesV1_0.xsd; Microsoft Learn "How to find the proper order of manifest
 * elements", [MS-OWEMXML]): encoded here as facts, one line each.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteUrls } = require("../webpack.config.js");

const MANIFEST = readFileSync(join(__dirname, "..", "manifest.xml"), "utf8");

interface Element {
  readonly name: string;
  readonly type?: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly text: string;
  readonly children: readonly Element[];
  readonly path: string;
}

function parse(xml: string): Element {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  type Raw = Record<string, unknown> & { ":@"?: Record<string, string> };
  const build = (raw: Raw, parent: string): Element | undefined => {
    const name = Object.keys(raw).find((k) => k !== ":@");
    if (!name || name === "#text" || name === "?xml") return undefined;
    const attrs = raw[":@"] ?? {};
    const kids = (raw[name] as Raw[]) ?? [];
    const path = `${parent}/${name}${attrs.type ? `[${attrs.type}]` : ""}`;
    return {
      name,
      ...(attrs.type ? { type: attrs.type } : {}),
      attrs,
      text: kids.map((k) => (typeof k["#text"] === "string" ? k["#text"] : "")).join(""),
      children: kids.map((k) => build(k, path)).filter((e): e is Element => e !== undefined),
      path,
    };
  };
  const root = (parser.parse(xml) as Raw[]).map((r) => build(r, "")).find(Boolean);
  if (!root) throw new Error("no root element");
  return root;
}

/** Child order (xs:sequence) and required children (minOccurs=1), by element or element[xsi:type]. */
const SEQUENCES: Record<string, { order: readonly string[]; required: readonly string[] }> = {
  // OfficeApp, then the TaskPaneApp extension's sequence after it.
  "OfficeApp[TaskPaneApp]": {
    order: [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "Dictionary",
      "VersionOverrides",
    ],
    required: [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "DefaultSettings",
      "Permissions",
    ],
  },
  // AppDomains: xs:sequence minOccurs=1 of AppDomain, so an empty <AppDomains/> is invalid.
  AppDomains: { order: ["AppDomain"], required: ["AppDomain"] },
  Hosts: { order: ["Host"], required: ["Host"] },
  Requirements: { order: ["Sets", "Methods"], required: [] },
  Sets: { order: ["Set"], required: ["Set"] },
  DefaultSettings: { order: ["SourceLocation"], required: ["SourceLocation"] },
  "VersionOverrides[VersionOverridesV1_0]": {
    order: ["Description", "Requirements", "Hosts", "Resources", "EquivalentAddins", "WebApplicationInfo"],
    required: ["Hosts"],
  },
  // Host: Runtimes, AllFormFactors; the Workbook extension adds DesktopFormFactor after them.
  "Host[Workbook]": { order: ["Runtimes", "AllFormFactors", "DesktopFormFactor"], required: [] },
  Runtimes: { order: ["Runtime"], required: ["Runtime"] },
  AllFormFactors: { order: ["ExtensionPoint"], required: ["ExtensionPoint"] },
  "ExtensionPoint[CustomFunctions]": {
    order: ["Script", "Page", "Metadata", "Namespace"],
    required: ["Script", "Page", "Metadata", "Namespace"],
  },
  Script: { order: ["SourceLocation"], required: ["SourceLocation"] },
  Page: { order: ["SourceLocation"], required: ["SourceLocation"] },
  Metadata: { order: ["SourceLocation"], required: ["SourceLocation"] },
  DesktopFormFactor: {
    order: ["GetStarted", "FunctionFile", "ExtensionPoint"],
    required: ["ExtensionPoint"],
  },
  GetStarted: {
    order: ["Title", "Description", "LearnMoreUrl"],
    required: ["Title", "Description", "LearnMoreUrl"],
  },
  "ExtensionPoint[PrimaryCommandSurface]": { order: ["CustomTab", "OfficeTab"], required: [] },
  OfficeTab: { order: ["Group"], required: ["Group"] },
  Group: { order: ["Label", "Icon", "Control"], required: ["Label", "Icon", "Control"] },
  "Control[Button]": {
    order: ["Label", "Supertip", "Icon", "Action"],
    required: ["Label", "Supertip", "Icon", "Action"],
  },
  Supertip: { order: ["Title", "Description"], required: ["Title", "Description"] },
  Icon: { order: ["Image"], required: ["Image"] },
  "Action[ShowTaskpane]": { order: ["TaskpaneId", "SourceLocation", "Title"], required: ["SourceLocation"] },
  Resources: { order: ["Images", "Urls", "ShortStrings", "LongStrings"], required: [] },
};

/** bt:ShortString 125, bt:LongString 250, bt:URL 2048; resource ids at most 32 (OfficeAppBasicTypesV1_0.xsd). */
const LIMITS = { short: 125, long: 250, url: 2048, id: 32 };
/** Icons of a group or button need these sizes (Microsoft Learn, manifest "Icon" element). */
const BUTTON_ICON_SIZES = ["16", "32", "80"];

function violations(xml: string): string[] {
  const out: string[] = [];
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed: ${JSON.stringify(wellFormed)}`];
  const root = parse(xml);
  const all: Element[] = [];
  const walk = (e: Element): void => {
    all.push(e);
    e.children.forEach(walk);
  };
  walk(root);

  for (const e of all) {
    const rule = SEQUENCES[e.type ? `${e.name}[${e.type}]` : e.name] ?? SEQUENCES[e.name];
    if (!rule) continue;
    let last = -1;
    for (const child of e.children) {
      const at = rule.order.indexOf(child.name);
      if (at < 0) out.push(`${child.path}: not a child of ${e.name}`);
      else if (at < last) out.push(`${child.path}: out of order (must come before ${rule.order[last]})`);
      else last = at;
    }
    for (const name of rule.required)
      if (!e.children.some((c) => c.name === name)) out.push(`${e.path}: missing required <${name}>`);
  }

  const byName = (name: string): Element[] => all.filter((e) => e.name === name);
  const check = (what: string, value: string | undefined, max: number): void => {
    if (value === undefined || value.length === 0) out.push(`${what}: empty`);
    else if (value.length > max) out.push(`${what}: ${value.length} characters, more than ${max}`);
  };
  for (const e of byName("ProviderName")) check(e.path, e.text, LIMITS.short);
  for (const e of byName("DisplayName")) {
    check(`${e.path}@DefaultValue`, e.attrs.DefaultValue, LIMITS.short);
    for (const o of e.children) check(`${o.path}@Value`, o.attrs.Value, LIMITS.short);
  }
  for (const e of all.filter((x) => x.path === "/OfficeApp[TaskPaneApp]/Description")) {
    check(`${e.path}@DefaultValue`, e.attrs.DefaultValue, LIMITS.long);
    for (const o of e.children) check(`${o.path}@Value`, o.attrs.Value, LIMITS.long);
  }
  for (const group of ["ShortStrings", "LongStrings"]) {
    const max = group === "ShortStrings" ? LIMITS.short : LIMITS.long;
    for (const s of byName(group).flatMap((g) => g.children)) {
      check(`${group} ${s.attrs.id}`, s.attrs.DefaultValue, max);
      for (const o of s.children) check(`${group} ${s.attrs.id} ${o.attrs.Locale}`, o.attrs.Value, max);
    }
  }
  for (const e of all) {
    for (const key of ["id", "resid"]) {
      const id = e.attrs[key];
      if (id !== undefined && (id.length === 0 || id.length > LIMITS.id))
        out.push(`${e.path}@${key} "${id}": resource ids are 1-${LIMITS.id} characters`);
    }
  }
  for (const id of byName("TaskpaneId")) check(id.path, id.text, LIMITS.short);

  // Every URL is https (Office loads add-in pages only over https) and within bt:URL.
  const urls = [
    ...["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].flatMap((n) =>
      byName(n).flatMap((e) => [e.attrs.DefaultValue, ...e.children.map((o) => o.attrs.Value)]),
    ),
    ...[...byName("Images"), ...byName("Urls")].flatMap((g) =>
      g.children.flatMap((u) => [u.attrs.DefaultValue, ...u.children.map((o) => o.attrs.Value)]),
    ),
  ].filter((u): u is string => u !== undefined);
  for (const url of urls) {
    if (!/^https:\/\/[^\s/]+\//.test(url)) out.push(`URL "${url}" is not https`);
    if (url.length > LIMITS.url) out.push(`URL "${url.slice(0, 40)}…" is longer than ${LIMITS.url}`);
  }

  // Group and button icons carry the 16, 32 and 80 px images.
  for (const icon of byName("Icon")) {
    const sizes = icon.children.map((i) => i.attrs.size ?? "");
    for (const size of BUTTON_ICON_SIZES)
      if (!sizes.includes(size)) out.push(`${icon.path}: no ${size} px image`);
  }
  return out;
}

describe("manifest.xml against the documented schema rules", () => {
  it("has no violation", () => {
    expect(violations(MANIFEST)).toEqual([]);
  });

  it("finds each kind of violation it checks for (so the check above can fail)", () => {
    const broken = (from: string, to: string): string[] => {
      expect(MANIFEST).toContain(from);
      return violations(MANIFEST.replace(from, to));
    };
    // The defect of issue 11: an empty AppDomains.
    expect(broken("<SupportUrl", "<AppDomains/>\n  <SupportUrl")).toEqual(
      expect.arrayContaining([expect.stringMatching(/AppDomains: missing required <AppDomain>/)]),
    );
    expect(broken("<Permissions>ReadWriteDocument</Permissions>", "")).toEqual([
      "/OfficeApp[TaskPaneApp]: missing required <Permissions>",
    ]);
    const [version] = /<Version>[^<]*<\/Version>/.exec(MANIFEST) ?? [""];
    expect(broken(version, "")).toEqual(["/OfficeApp[TaskPaneApp]: missing required <Version>"]);
    expect(broken(version, "").length).toBe(1);
    expect(violations(MANIFEST.replace(version, "").replace("<Id>", `${version}<Id>`))).toEqual([
      "/OfficeApp[TaskPaneApp]/Id: out of order (must come before Version)",
    ]);
    expect(
      broken("<Hosts>\n    <Host", "<Permissions>ReadWriteDocument</Permissions><Hosts>\n    <Host"),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/out of order/)]));
    expect(
      broken('resid="Shared.Url" lifetime', 'resid="Shared.Url.ThatIsFarTooLongForAnId" lifetime'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/resource ids are 1-32 characters/)]));
    expect(broken('DefaultValue="Skill Standard"', `DefaultValue="${"x".repeat(126)}"`)).toEqual([
      "ShortStrings OpenPane.Label: 126 characters, more than 125",
    ]);
    expect(broken('"https://localhost:3000/help.html"', '"http://localhost:3000/help.html"')).toEqual([
      'URL "http://localhost:3000/help.html" is not https',
    ]);
    expect(broken('<bt:Image size="80" resid="Icon.80"/>', "")).toEqual([
      "/OfficeApp[TaskPaneApp]/VersionOverrides[VersionOverridesV1_0]/Hosts/Host[Workbook]/DesktopFormFactor/ExtensionPoint[PrimaryCommandSurface]/OfficeTab/Group/Icon: no 80 px image",
    ]);
  });
});

describe("manifest.xml for this add-in", () => {
  const root = parse(MANIFEST);
  const all: Element[] = [];
  const walk = (e: Element): void => {
    all.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  const find = (name: string, type?: string): Element[] =>
    all.filter((e) => e.name === name && (type === undefined || e.type === type));
  const resource = (id: string): Element | undefined =>
    find("Resources")[0]
      ?.children.flatMap((g) => g.children)
      .find((r) => r.attrs.id === id);

  it("is a Workbook task pane add-in with the least permission it needs", () => {
    expect(root.type).toBe("TaskPaneApp");
    expect(find("Hosts")[0]?.children.map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(find("Permissions")[0]?.text).toBe("ReadWriteDocument");
    expect(find("Id")[0]?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it("declares the requirement sets the code needs", () => {
    const sets = Object.fromEntries(find("Set").map((s) => [s.attrs.Name, s.attrs.MinVersion]));
    // Shared runtime (office-notes; Microsoft Learn "Configure your Office Add-in to use a shared runtime").
    expect(sets.SharedRuntime).toBe("1.1");
    // functions.ts throws CustomFunctions.Error with ErrorCode.invalidValue and notAvailable:
    // Error is CustomFunctionsRuntime 1.2, those ErrorCode values 1.3 (@types/custom-functions-runtime).
    const source = readFileSync(join(__dirname, "..", "src", "functions", "functions.ts"), "utf8");
    const codes = [...source.matchAll(/ErrorCode\.(\w+)/g)].map((m) => m[1]);
    expect(new Set(codes)).toEqual(new Set(["notAvailable", "invalidValue"]));
    expect(sets.CustomFunctionsRuntime).toBe("1.3");
  });

  it("shares one runtime between the pane, the functions and the ribbon button", () => {
    const runtime = find("Runtime")[0];
    expect(runtime?.attrs.lifetime).toBe("long");
    const resid = runtime?.attrs.resid;
    const functions = find("ExtensionPoint", "CustomFunctions")[0];
    const page = functions?.children.find((c) => c.name === "Page")?.children[0];
    expect(page?.attrs.resid).toBe(resid);
    expect(find("FunctionFile")[0]?.attrs.resid).toBe(resid);
    const actions = find("Action", "ShowTaskpane");
    expect(actions.map((a) => a.children.find((c) => c.name === "SourceLocation")?.attrs.resid)).toEqual(
      actions.map(() => resid),
    );
    // A ShowTaskpane without a TaskpaneId counts as a second task pane, and a shared runtime
    // supports one (Microsoft Learn, "Configure your Office Add-in to use a shared runtime").
    const ids = actions.map((a) => a.children.find((c) => c.name === "TaskpaneId")?.text);
    expect(ids.every((id) => id !== undefined && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(1);
  });

  it("points the functions at the HR namespace and Japanese metadata", () => {
    const functions = find("ExtensionPoint", "CustomFunctions")[0];
    const ns = functions?.children.find((c) => c.name === "Namespace")?.attrs.resid ?? "";
    expect(resource(ns)?.attrs.DefaultValue).toBe("HR");
    const meta = functions?.children.find((c) => c.name === "Metadata")?.children[0]?.attrs.resid ?? "";
    expect(resource(meta)?.attrs.DefaultValue).toBe("https://localhost:3000/functions.json");
    expect(resource(meta)?.children.map((o) => [o.attrs.Locale, o.attrs.Value])).toEqual([
      ["ja-JP", "https://localhost:3000/functions.ja.json"],
    ]);
  });

  it("refers only to resids it defines, and to icons that exist at the sizes they claim", () => {
    const defined = new Set(find("Resources")[0]?.children.flatMap((g) => g.children.map((r) => r.attrs.id)));
    const used = all.map((e) => e.attrs.resid).filter((r): r is string => r !== undefined);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
    const pngSize = (url: string): number => {
      const file = readFileSync(join(__dirname, "..", url.replace("https://localhost:3000/", "")));
      return file.readUInt32BE(16); // IHDR width; icons are square
    };
    for (const image of find("Images")[0]?.children ?? []) {
      expect([image.attrs.id, pngSize(image.attrs.DefaultValue ?? "")]).toEqual([
        image.attrs.id,
        Number(image.attrs.id?.replace("Icon.", "")),
      ]);
    }
    // IconUrl is 32 px and HighResolutionIconUrl 64 px (Microsoft Learn, manifest IconUrl element).
    expect(pngSize(find("IconUrl")[0]?.attrs.DefaultValue ?? "")).toBe(32);
    expect(pngSize(find("HighResolutionIconUrl")[0]?.attrs.DefaultValue ?? "")).toBe(64);
  });

  it("has every UI string in Japanese too", () => {
    const strings = [...find("ShortStrings"), ...find("LongStrings")].flatMap((g) => g.children);
    for (const s of strings.filter((s) => s.attrs.id !== "Functions.Namespace"))
      expect([s.attrs.id, s.children.map((o) => o.attrs.Locale)]).toEqual([s.attrs.id, ["ja-JP"]]);
  });

  it("the production build rewrites every development URL, not only the first", () => {
    const count = (MANIFEST.match(/https:\/\/localhost:3000\//g) ?? []).length;
    expect(count).toBeGreaterThan(5);
    const production = rewriteUrls(MANIFEST, "https://hr.example.org/itss/");
    expect(production).not.toMatch(/localhost/);
    expect(production.split("https://hr.example.org/itss/").length - 1).toBe(count);
    expect(violations(production)).toEqual([]);
  });
});
