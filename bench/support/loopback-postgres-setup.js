// Jest setup for `npm run bench`: Medusa's test runner boots its app without SSL when DB_HOST is a
// loopback address (127.0.0.1), as it already does for "localhost". See loopback-postgres.js.
const runnerConfig = require("@medusajs/test-utils/dist/medusa-test-runner-utils/config")
const { dropSslOnLoopback } = require("../../integration-tests/helpers/loopback-postgres")

const configLoaderOverride = runnerConfig.configLoaderOverride
runnerConfig.configLoaderOverride = async (directory, override) => {
  await configLoaderOverride(directory, override)
  await dropSslOnLoopback(directory)
}
