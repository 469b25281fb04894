/* Builds the add-in into dist/: the shared-runtime page (taskpane.html) that loads the
 * task pane, the custom functions and the ribbon commands; preview.html for a plain
 * browser; functions.json (+ functions.ja.json); the manifest with production URLs.
 *
 *   ADDIN_URL=https://host/path/ webpack --mode production  -> dist/ for that host (fails without ADDIN_URL)
 *   webpack --mode production --env test                    -> dist/ for the tests, manifest on TEST_URL
 *   webpack serve --mode development                        -> https://localhost:3000 (http without a dev certificate)
 *
 * Bundles. The functions bundle shares only the pure core (catalog, engine, roster) with the pane,
 * never the React/Fluent code: the shared runtime page loads every bundle, and a parse error in
 * UI vendor code must not take every HR.* function down with it.
 * Syntax target (BROWSERS): the oldest webviews that run this add-in. The manifest requires
 * SharedRuntime 1.1, which Office provides only in WebView2 (Chromium) on Windows, WKWebView
 * (Safari) on Mac and current browsers for Excel on the web, never in Trident or EdgeHTML
 * (Microsoft Learn, "Browsers and webview controls used by Office Add-ins"; "Runtimes": a
 * <Runtimes> element keeps an add-in off EdgeHTML). The oldest is WKWebView, whose engine is the
 * Mac's Safari: Microsoft 365 for Mac supports the three latest macOS versions, and Safari 14.1
 * (macOS 11 Big Sur, also shipped to 10.15 and 10.14) is older than any of them. Everything, our
 * code and node_modules alike, is lowered to Safari 14.1 and Chromium 80 (WebView2 is evergreen):
 * no class static blocks, no private methods, no ES2022 syntax, and regular expressions the
 * target lacks (lookbehind) built at run time instead of parsed. (esbuild cannot lower
 * destructuring for Safari before 14.1.)
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { localizeFunctionsMetadata } = require("./scripts/localize-functions-metadata");

const DEV_URL = "https://localhost:3000/";
/** The tests' build: a reserved .test host (RFC 2606), never a deployable address. */
const TEST_URL = "https://itss-addin.test/";
const BROWSERS = ["chrome80", "edge80", "safari14.1", "firefox78"];
/** Office requires Microsoft's hosted office.js for store add-ins; the preview and tests use the npm copy. */
const HOSTED_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** Every development URL, not only the first: a plain string replace would miss the rest. */
function rewriteUrls(text, url) {
  return url ? text.split(DEV_URL).join(url) : text;
}

/** Where the production build will be served: ADDIN_URL, required (no placeholder host). */
function productionUrl(env) {
  if (env && env.test) return TEST_URL;
  const url = process.env.ADDIN_URL;
  if (!url)
    throw new Error(
      "ADDIN_URL is not set. The production build writes it into manifest.xml: ADDIN_URL=https://your-host/path/ npm run build",
    );
  if (!/^https:\/\/[^/\s?#]+\/([^\s?#]*\/)?$/.test(url))
    throw new Error(
      `ADDIN_URL "${url}" must be an https:// address ending in /, such as https://hr.example.com/itss/`,
    );
  return url;
}

/** Emits functions.ja.json next to functions.json: the same metadata with Japanese descriptions. */
class JapaneseFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("JapaneseFunctionsMetadata", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "JapaneseFunctionsMetadata",
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT,
        },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const ja = localizeFunctionsMetadata(JSON.parse(asset.source.source().toString()));
          compilation.emitAsset(
            "functions.ja.json",
            new compiler.webpack.sources.RawSource(JSON.stringify(ja, null, 2)),
          );
        },
      );
    });
  }
}

async function devServerHttps() {
  if (process.env.ITSS_HTTP === "1") return { type: "http" };
  try {
    const devCerts = require("office-addin-dev-certs");
    return { type: "https", options: await devCerts.getHttpsServerOptions() };
  } catch (err) {
    console.warn(
      `No development certificate (${err.message}); serving over http. Excel needs https: run \`npx office-addin-dev-certs install\`.`,
    );
    return { type: "http" };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const addinUrl = dev ? null : productionUrl(env);
  return {
    target: ["web", "es2017"],
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/register.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          // TypeScript and every package's JavaScript, lowered to what the oldest webview parses.
          test: /\.(tsx?|m?js)$/,
          use: {
            loader: path.resolve(__dirname, "scripts/esbuild-loader.js"),
            options: { target: BROWSERS },
          },
        },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          // The pure core serves the pane and the functions: one chunk, loaded once. Only
          // modules both use, and never UI code, so the functions depend on nothing else.
          shared: {
            name: "shared",
            chunks: "initial",
            minChunks: 2,
            enforce: true,
            test: (module) =>
              !/[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|tabster)[\\/]/.test(
                module.resource || "",
              ),
          },
        },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new JapaneseFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: { officeJs: HOSTED_OFFICE_JS, preview: false },
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs: "office/office.js", preview: true },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteUrls(content.toString(), addinUrl),
          },
          { from: path.join(OFFICE_JS_DIR, "office.js"), to: "office/office.js" },
          // office.js reads this table on start, also in a plain browser.
          {
            from: path.join(OFFICE_JS_DIR, "o15apptofilemappingtable.js"),
            to: "office/o15apptofilemappingtable.js",
          },
          { from: path.join(OFFICE_JS_DIR, "en-us"), to: "office/en-us" },
          { from: path.join(OFFICE_JS_DIR, "ja-jp"), to: "office/ja-jp" },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: Number(process.env.PORT || 3000),
          headers: { "Access-Control-Allow-Origin": "*" },
          server: await devServerHttps(),
          static: { directory: path.resolve(__dirname, "dist") },
          client: { overlay: false },
        }
      : undefined,
  };
};

module.exports.rewriteUrls = rewriteUrls;
module.exports.productionUrl = productionUrl;
module.exports.BROWSERS = BROWSERS;
