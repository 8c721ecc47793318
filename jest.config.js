const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const shared = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true }, target: "es2021" } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["<rootDir>/.medusa/", "<rootDir>/dist/"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
}

/** `npm test` runs the unit, module, HTTP, journeys, fuzz and cluster projects; the admin browser test has its own config. */
module.exports = {
  projects: [
    { ...shared, displayName: "unit", testMatch: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s"] },
    { ...shared, displayName: "modules", testMatch: ["<rootDir>/src/modules/*/__tests__/**/*.module.spec.[jt]s"] },
    { ...shared, displayName: "http", testMatch: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"] },
    { ...shared, displayName: "journeys", testMatch: ["<rootDir>/integration-tests/journeys/**/*.spec.[jt]s"] },
    { ...shared, displayName: "fuzz", testMatch: ["<rootDir>/integration-tests/fuzz/**/*.spec.[jt]s"] },
    { ...shared, displayName: "cluster", testMatch: ["<rootDir>/integration-tests/cluster/**/*.spec.[jt]s"] },
  ],
}
