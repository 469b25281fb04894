/** Unit and adapter tests run in node; files named *.dom.test.tsx get jsdom. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.(t|j)sx?$": ["@swc/jest", { jsc: { transform: { react: { runtime: "automatic" } } } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(office-addin-mock)/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
