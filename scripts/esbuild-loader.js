/* A webpack loader that compiles TypeScript and lowers JavaScript syntax with esbuild (already a
 * dependency of the CLI build), to the browsers webpack.config.js names. Type-checking is tsc's
 * job (npm run typecheck); this only strips types and lowers syntax, file by file. Regular
 * expression syntax the target lacks (lookbehind, say) becomes a new RegExp(...) call, so an
 * old webview never meets it while parsing a bundle. */
const path = require("node:path");
const esbuild = require("esbuild");

const LOADERS = { ".ts": "ts", ".tsx": "tsx", ".js": "js", ".mjs": "js", ".cjs": "js" };

module.exports = function esbuildLoader(source) {
  const done = this.async();
  const { target } = this.getOptions();
  esbuild
    .transform(source, {
      loader: LOADERS[path.extname(this.resourcePath)] || "js",
      target,
      jsx: "automatic",
      sourcefile: this.resourcePath,
      sourcemap: this.sourceMap ? "external" : false,
      // Class fields lowered too (Safari 14.1 parses only some of them), so every bundle is
      // plain ES2021, which test/e2e/bundles.e2e.test.ts checks with a parser.
      supported: {
        "class-field": false,
        "class-private-field": false,
        "class-private-method": false,
        "class-private-accessor": false,
        "class-private-static-field": false,
        "class-private-static-method": false,
        "class-private-static-accessor": false,
        "class-private-brand-check": false,
        "class-static-field": false,
        "class-static-blocks": false,
      },
    })
    .then(
      (result) => done(null, result.code, result.map || undefined),
      (err) => done(err),
    );
};
