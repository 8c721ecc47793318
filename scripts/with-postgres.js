#!/usr/bin/env node
// Runs a command with DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD pointing at a Postgres
// server: the one already given in DB_HOST, or a throwaway embedded one.
// Usage: node scripts/with-postgres.js <command> [args...]
const { spawn } = require("child_process")
const { startEmbeddedPostgres, temporaryDataDir } = require("./lib/postgres")

async function main() {
  const [command, ...args] = process.argv.slice(2)
  if (!command) {
    console.error("usage: with-postgres.js <command> [args...]")
    process.exit(2)
  }

  let server
  if (!process.env.DB_HOST) {
    server = await startEmbeddedPostgres({ dataDir: temporaryDataDir("test"), persistent: false })
    Object.assign(process.env, {
      DB_HOST: server.host,
      DB_PORT: String(server.port),
      DB_USERNAME: server.user,
      DB_PASSWORD: server.password,
    })
    console.log(`Embedded Postgres listening on ${server.host}:${server.port} (removed at exit)`)
  }

  const child = spawn(command, args, { stdio: "inherit", env: process.env })
  const forward = (signal) => child.kill(signal)
  process.on("SIGINT", forward)
  process.on("SIGTERM", forward)

  const code = await new Promise((resolve) => {
    child.on("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)))
  })
  await server?.stop()
  process.exit(code)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
