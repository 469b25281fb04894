/**
 * The command's bundle (npm run build:cli) keeps every runtime package outside it, loaded
 * from node_modules when first needed, except zod, which is bundled on purpose (tree-shaken,
 * it spares each run loading zod's CommonJS build with all its locales). esbuild can keep
 * packages out only by name, so a runtime dependency added to package.json must be named
 * in the script too, or it is silently copied into the bundle and loaded at every start.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
};
const BUNDLED_ON_PURPOSE = new Set(["zod"]);

describe("itss's bundle", () => {
  const externals = [...(pkg.scripts["build:cli"] ?? "").matchAll(/--external:(\S+)/g)].map(
    (m) => m[1] ?? "",
  );
  const kept = (name: string): boolean =>
    externals.some((e) => e === name || (e.endsWith("/*") && name.startsWith(e.slice(0, -1))));

  it.each(Object.keys(pkg.dependencies).filter((d) => !BUNDLED_ON_PURPOSE.has(d)))(
    "keeps %s outside, as build:cli names it",
    (name) => {
      expect(kept(name)).toBe(true);
    },
  );

  it("bundles zod on purpose", () => {
    expect(kept("zod")).toBe(false);
    expect(pkg.dependencies.zod).toBeDefined();
  });
});
