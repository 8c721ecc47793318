/** `npm run smoke`: the shopper journeys against a running demo (see demo-smoke.spec.ts). */
const swc = ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2021" } }]

module.exports = {
  rootDir: "../..",
  displayName: "smoke",
  testMatch: ["<rootDir>/integration-tests/smoke/**/*.spec.[jt]s"],
  transform: { "^.+\\.[jt]s$": swc },
  testEnvironment: "node",
  modulePathIgnorePatterns: ["<rootDir>/.medusa/"],
  testTimeout: 300_000,
}
