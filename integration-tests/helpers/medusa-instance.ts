import { type ChildProcess, spawn } from "child_process"
import { createServer } from "net"
import path from "path"

const ROOT = path.resolve(__dirname, "../..")
const BOOT_TIMEOUT_MS = 180_000

export type MedusaInstance = {
  url: string
  /** SIGTERM (Medusa's shutdown), SIGKILL after 15 s. */
  stop: () => Promise<void>
  /** SIGKILL: the process dies mid-work, as a crashed machine would. */
  kill: () => Promise<void>
  /** Resolves once the instance's output (stdout and stderr) matches `pattern`. */
  waitForOutput: (pattern: RegExp, timeoutMs?: number) => Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) {
    return
  }
  const exited = new Promise((resolve) => child.once("exit", resolve))
  child.kill(signal)
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000)
  await exited
  clearTimeout(timer)
}

/**
 * Starts another Medusa instance from this repository in a child process (`medusa-instance-main.js`:
 * Medusa's loaders on the root config, as the specs boot theirs) against `databaseUrl` — beside the
 * spec's own, sharing its database — and waits until `/health` answers. `env` reaches the root
 * config (e.g. `REDIS_URL`, `MEDUSA_WORKER_MODE`). Its output is kept and shown if it fails to boot.
 */
export async function startMedusaInstance(databaseUrl: string, env: Record<string, string> = {}): Promise<MedusaInstance> {
  const port = await freePort()
  const child = spawn(process.execPath, [path.join(__dirname, "medusa-instance-main.js")], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "test", NODE_OPTIONS: "", DATABASE_URL: databaseUrl, PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  const watchers = new Set<() => void>()
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
    watchers.forEach((check) => check())
  }
  const waitForOutput = (pattern: RegExp, timeoutMs = 120_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        watchers.delete(check)
        reject(new Error(`No output matching ${pattern} within ${timeoutMs / 1000} s:\n${output.slice(-4_000)}`))
      }, timeoutMs)
      const check = () => {
        if (pattern.test(output)) {
          clearTimeout(timer)
          watchers.delete(check)
          resolve()
        }
      }
      watchers.add(check)
      check()
    })
  child.stdout?.on("data", keep)
  child.stderr?.on("data", keep)
  const url = `http://localhost:${port}`
  const deadline = Date.now() + BOOT_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`A Medusa instance exited with ${child.exitCode}:\n${output}`)
    }
    const healthy = await fetch(`${url}/health`).then(
      (response) => response.ok,
      () => false
    )
    if (healthy) {
      // Only what it prints from now on counts for waitForOutput.
      output = ""
      return { url, stop: () => stopChild(child), kill: () => stopChild(child, "SIGKILL"), waitForOutput }
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stopChild(child)
  throw new Error(`A Medusa instance did not answer /health within ${BOOT_TIMEOUT_MS / 1000} s:\n${output}`)
}
