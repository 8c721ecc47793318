// Medusa's test utilities (`configLoaderOverride`) turn SSL on for every database URL without
// "localhost", so a Postgres on 127.0.0.1, which has no SSL, refuses them ("The server does not
// support SSL connections"). Medusa's own module loader treats a loopback host as SSL-less.
const { getConfigFile } = require("@medusajs/framework/utils")
const { configManager } = require("@medusajs/framework/config")

const LOOPBACK_URL = /^postgres(ql)?:\/\/([^/@]*@)?(127\.0\.0\.1|\[::1\]|localhost)[:/]/i

/** After `configLoaderOverride(directory, …)`: no SSL when the database is on this machine. */
async function dropSslOnLoopback(directory) {
  const { configModule } = await getConfigFile(directory, "medusa-config")
  const loaded = configManager.config.projectConfig
  if (!LOOPBACK_URL.test(loaded.databaseUrl ?? "")) {
    return
  }
  // The loaded config is a copy; Medusa's loaders load the file's (cached) object again.
  loaded.databaseDriverOptions = {}
  if (configModule?.projectConfig) {
    configModule.projectConfig.databaseDriverOptions = {}
  }
}

module.exports = { dropSslOnLoopback }
