const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

/** `npm run bench`: benchmarks on a real Medusa app and Postgres; they print ratios, never assert on time. */
module.exports = {
  rootDir: "..",
  displayName: "bench",
  testMatch: ["<rootDir>/bench/**/*.bench.[jt]s"],
  transform: {
    "^.+\\.[jt]s$": ["@swc/jest", { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" } }],
  },
  testEnvironment: "node",
  modulePathIgnorePatterns: ["<rootDir>/.medusa/"],
  setupFiles: ["<rootDir>/integration-tests/setup.js", "<rootDir>/bench/support/loopback-postgres-setup.js"],
}
