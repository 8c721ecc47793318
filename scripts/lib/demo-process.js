// Starts `npm run demo`'s script as a child process on a free port with a database of its own
// (a throwaway DEMO_HOME), and waits until its demo.json is written. Used by the admin browser
// test's setup and by scripts/with-demo.js.
const fs = require("fs")
const os = require("os")
const path = require("path")
const { spawn } = require("child_process")
const { freePort } = require("./postgres")

async function startDemo({ label, logFile }) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), `medusa-membership-${label}-`))
  const port = await freePort()
  const env = { ...process.env, PORT: String(port), DEMO_HOME: home }
  delete env.DATABASE_URL
  const log = fs.openSync(logFile, "w")
  const child = spawn(process.execPath, [path.join(__dirname, "..", "demo.js")], { env, stdio: ["ignore", log, log] })

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve))
      child.kill("SIGINT")
      await exited
    }
    fs.rmSync(home, { recursive: true, force: true })
  }

  const factsFile = path.join(home, "demo.json")
  while (!fs.existsSync(factsFile)) {
    if (child.exitCode !== null) {
      await stop()
      throw new Error(`The demo exited with ${child.exitCode}; see ${logFile}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  return { factsFile, facts: JSON.parse(fs.readFileSync(factsFile, "utf8")), stop }
}

module.exports = { startDemo }
