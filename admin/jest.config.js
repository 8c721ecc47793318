/** The admin's browser tests: `npm run test:admin` (needs Chromium; see README). */
module.exports = {
  rootDir: "..",
  displayName: "admin",
  testMatch: ["<rootDir>/admin/**/*.spec.[jt]s"],
  transform: {
    "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2021" } }],
  },
  testEnvironment: "node",
  modulePathIgnorePatterns: ["<rootDir>/.medusa/"],
}
