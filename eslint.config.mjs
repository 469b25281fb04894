// ESLint flat config: typescript-eslint on the sources and tests, Prettier for formatting.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";

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
  {
    // The pure core knows nothing of Office, React or the file system.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "react",
            "react-dom",
            "@fluentui/*",
            "node:*",
            "fs",
            "exceljs",
            "papaparse",
            "../adapters/*",
            "../../adapters/*",
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "document", "window"],
    },
  },
  {
    // UI talks to the core and the adapters only: no Office.js calls in components.
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
