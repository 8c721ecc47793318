// A Medusa server booted the way the HTTP specs boot theirs (admin off, database from DATABASE_URL,
// port from PORT): this repository's app, or the app in MEDUSA_APP_DIR. Run by `medusa-instance.ts`
// as a child process.
require("ts-node").register({})
const path = require("path")
const { configLoaderOverride } = require("@medusajs/test-utils/dist/medusa-test-runner-utils/config")
const { startApp } = require("@medusajs/test-utils/dist/medusa-test-runner-utils/bootstrap-app")
const { dropSslOnLoopback } = require("./loopback-postgres")

const root = process.env.MEDUSA_APP_DIR || path.resolve(__dirname, "../..")

async function main() {
  await configLoaderOverride(root, { clientUrl: process.env.DATABASE_URL })
  await dropSslOnLoopback(root)
  const { shutdown } = await startApp({ cwd: root })
  process.once("SIGTERM", () => {
    shutdown().finally(() => process.exit(0))
  })
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
