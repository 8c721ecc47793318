/** The admin's browser tests: `npm run test:admin` (needs Chromium; see README). */
const swc = ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2021" } }]

module.exports = {
  rootDir: "..",
  displayName: "admin",
  testMatch: ["<rootDir>/admin/**/*.spec.[jt]s"],
  transform: { "^.+\\.[jt]s$": swc },
  testEnvironment: "node",
  modulePathIgnorePatterns: ["<rootDir>/.medusa/"],
  // One demo store (its own Postgres, free port) for all browser specs.
  globalSetup: "<rootDir>/admin/global-setup.ts",
  globalTeardown: "<rootDir>/admin/global-teardown.ts",
  // Starting the demo (migrations, seed) can take minutes.
  testTimeout: 600_000,
}
