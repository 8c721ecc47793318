#!/usr/bin/env node
// Runs a command against a fresh demo store: starts `npm run demo`'s script on a free port with
// its own throwaway database, runs the command with SMOKE_DEMO and ADMIN_TEST_DEMO set to the
// demo's demo.json (so `npm run smoke` and `npm run test:admin` use it), then stops the demo.
// Usage: node scripts/with-demo.js <command> [args...]   (CI: the smoke test, then the admin test)
const fs = require("fs")
const path = require("path")
const { spawn } = require("child_process")
const { startDemo } = require("./lib/demo-process")

async function main() {
  const [command, ...args] = process.argv.slice(2)
  if (!command) {
    console.error("usage: with-demo.js <command> [args...]")
    process.exit(2)
  }
  const logFile = path.join(__dirname, "..", ".medusa", "with-demo.log")
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  console.log(`[with-demo] starting a fresh demo (log: ${logFile})`)
  const demo = await startDemo({ label: "with-demo", logFile })
  console.log(`[with-demo] demo at ${demo.facts.url}`)
  const env = { ...process.env, SMOKE_DEMO: demo.factsFile, ADMIN_TEST_DEMO: demo.factsFile }
  const child = spawn(command, args, { stdio: "inherit", env })
  const forward = (signal) => child.kill(signal)
  process.on("SIGINT", forward)
  process.on("SIGTERM", forward)
  const code = await new Promise((resolve) => child.on("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))))
  await demo.stop()
  process.exit(code)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
