/* Builds the add-in into dist/: the shared-runtime page (taskpane.html) that loads the
 * task pane, the custom functions and the ribbon commands; preview.html for a plain
 * browser; functions.json (+ functions.ja.json); the manifest with production URLs.
 *
 *   webpack --mode production          -> dist/, manifest URLs rewritten to ADDIN_URL
 *   webpack serve --mode development   -> https://localhost:3000 (http when no dev certificate)
 */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { localizeFunctionsMetadata } = require("./scripts/localize-functions-metadata");

const DEV_URL = "https://localhost:3000/";
const PROD_URL = process.env.ADDIN_URL || "https://itss-addin.example.com/";
/** Office requires Microsoft's hosted office.js for store add-ins; the preview and tests use the npm copy. */
const HOSTED_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** Every development URL, not only the first: a plain string replace would miss the rest. */
function rewriteUrls(text, dev) {
  return dev
    ? text
    : text.replace(new RegExp(DEV_URL.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"), "g"), PROD_URL);
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
  return {
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
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    // The catalog and engine serve the pane and the functions: one shared chunk, loaded once.
    optimization: { splitChunks: { chunks: "initial", name: "shared" } },
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
            transform: (content) => rewriteUrls(content.toString(), dev),
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
module.exports.PROD_URL = PROD_URL;
