import { ChildProcess, spawn } from "child_process"
import fs from "fs"
import os from "os"
import path from "path"
import { freePort } from "../scripts/lib/postgres"

export type DemoFacts = {
  url: string
  adminUrl: string
  publishableKey: string
  admin: { email: string; password: string }
  shopper: { email: string; password: string }
}

/** Runs `npm run demo`'s script on a free port with a database of its own, until stopped. */
export async function startDemo(): Promise<{ facts: DemoFacts; stop: () => Promise<void> }> {
  const home = path.join(os.tmpdir(), `medusa-membership-admin-test-${process.pid}`)
  const port = await freePort()
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DEMO_HOME: home }
  delete env.DATABASE_URL
  const log = fs.openSync(path.join(__dirname, "screenshots", "demo.log"), "w")
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, "..", "scripts", "demo.js")], {
    env,
    stdio: ["ignore", log, log],
  })

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
      throw new Error(`The demo exited with ${child.exitCode}; see admin/screenshots/demo.log`)
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  return { facts: JSON.parse(fs.readFileSync(factsFile, "utf8")), stop }
}
