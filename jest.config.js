/**
 * Two projects: unit and adapter tests in node, and end-to-end tests that drive
 * Chromium against the production build (npm test builds it first).
 */
const transform = {
  "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { transform: { react: { runtime: "automatic" } } } }],
};

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "\\.e2e\\.test\\.ts$"],
      transform,
      // Every property test: seed printed on failure, FC_SEED replays, FC_RUNS_FACTOR deepens.
      setupFiles: ["<rootDir>/test/helpers/fast-check-setup.ts"],
    },
    {
      displayName: "e2e",
      testEnvironment: "node",
      roots: ["<rootDir>/test/e2e"],
      testMatch: ["**/*.e2e.test.ts"],
      transform,
    },
  ],
  testTimeout: 60_000,
};
