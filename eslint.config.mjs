// ESLint flat config: typescript-eslint on the sources and tests, Prettier for formatting.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";

const OUTSIDE_CORE = [
  {
    group: ["react", "react-dom", "@fluentui/*", "node:*", "fs", "exceljs", "papaparse"],
    message: "The core is pure: no React, Office, file I/O or file-format libraries.",
  },
];
/** Import paths (relative, any depth) that reach a folder of src. */
const reach = (...folders) => ({
  regex: `^(\\.\\./)+(${folders.join("|")})(/|$)`,
  message: "Layer order: shared < standard < kpi < features < app < ui/cli (see README, How it is built).",
});
const within = (...folders) => ({
  regex: `^(\\.\\./)+(core/)?(${folders.join("|")})(/|$)`,
  message: "Layer order: shared < standard < kpi < features < app < ui/cli (see README, How it is built).",
});
const UI = ["taskpane", "cli", "functions", "commands"];
const FEATURES = ["import", "skills", "rounds", "engagements", "sheets", "person"];

function layers() {
  const rule = (files, patterns) => ({
    files,
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns: [...patterns] }] },
  });
  return [
    // shared: text folding and the workbook layout; nothing of the standard or above.
    rule(
      ["src/core/layout.ts", "src/core/roster/normalize.ts"],
      [...OUTSIDE_CORE, within("engine", ...FEATURES, "app", "adapters", ...UI), reach("catalog/(?!types)")],
    ),
    // standard: the catalog (the seeds as data).
    rule(
      ["src/core/catalog/**/*.ts"],
      [...OUTSIDE_CORE, within("engine", ...FEATURES, "app", "adapters", ...UI)],
    ),
    // kpi: reading a roster row and scoring it.
    rule(
      ["src/core/engine/**/*.ts", "src/core/roster/**/*.ts"],
      [...OUTSIDE_CORE, within(...FEATURES, "app", "adapters", ...UI)],
    ),
    // features: import, skills, rounds, and the sheets they and the roster build.
    rule(
      FEATURES.map((f) => `src/core/${f}/**/*.ts`),
      [...OUTSIDE_CORE, within("app", "adapters", ...UI)],
    ),
    // app: the use cases; through the adapter interface, never the UI.
    rule(["src/app/**/*.ts"], [within(...UI)]),
    rule(["src/adapters/**/*.ts"], [within("app", "taskpane", "cli", "commands")]),
    // ui/cli: the pane and the CLI call src/app for everything the core does; types pass.
    rule(
      ["src/taskpane/**/*.{ts,tsx}", "src/cli/**/*.ts"],
      [{ ...within("engine", "roster", ...FEATURES), allowTypeImports: true }],
    ),
  ];
}

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "build/", "coverage/", "test-results/", "src/core/catalog/data/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Layers, lowest first: shared < standard < kpi < features < app < ui/cli. A module may
  // import from its own layer and the ones below, never above. Adapters sit beside the
  // core (they implement the workbook interface) and never reach the app or the UI.
  ...layers(),
  {
    // The pure core knows nothing of Office, React or the file system.
    files: ["src/core/**/*.ts"],
    rules: { "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "document", "window"] },
  },
  {
    // No Office.js calls in the pane: they live in adapters/excel.
    files: ["src/taskpane/**/*.{ts,tsx}"],
    rules: { "no-restricted-globals": ["error", "Excel", "CustomFunctions"] },
  },
  {
    // custom-functions-metadata reads `any` as Excel's "any" type (cells of any kind); `unknown` is not supported.
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: {
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
        URL: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
