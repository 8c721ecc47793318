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
  /** The end of what it printed since it answered (the last 20,000 characters): for a failure's message. */
  recentOutput: () => string
  /** Sends `message` over the child's IPC channel (`preload` instances only) and resolves with its first answer of the same `type`. */
  ask: <T extends { type: string }>(message: { type: string }) => Promise<T>
}

export type MedusaInstanceOptions = {
  /** Another app folder (its own `medusa-config`, a `node_modules`), instead of this repository. */
  appDir?: string
  /** Modules the child `--require`s before Medusa; the child then has an IPC channel for `ask`. */
  preload?: string[]
  /**
   * A built server folder (`medusa build`'s `.medusa/server`, with a `node_modules`): the child runs
   * `medusa start` there with `NODE_ENV=production`, as a deployed server does, instead of the
   * specs' boot. `appDir` is then ignored.
   */
  builtServerDir?: string
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

function askChild<T extends { type: string }>(child: ChildProcess, message: { type: string }): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (answer: T) => {
      if (answer?.type === message.type) {
        child.off("message", onMessage)
        resolve(answer)
      }
    }
    if (!child.send) {
      reject(new Error("The Medusa instance has no IPC channel: start it with `preload`"))
      return
    }
    child.on("message", onMessage)
    child.send(message)
  })
}

/**
 * Starts another Medusa instance from this repository (or `options.appDir`) in a child process
 * (`medusa-instance-main.js`: Medusa's loaders on the app's config, as the specs boot theirs; or
 * `medusa start` in `options.builtServerDir`)
 * against `databaseUrl` — beside the spec's own, sharing its database — and waits until `/health`
 * answers. `env` reaches the config (e.g. `REDIS_URL`, `MEDUSA_WORKER_MODE`). Its output is kept
 * and shown if it fails to boot.
 */
export async function startMedusaInstance(
  databaseUrl: string,
  env: Record<string, string> = {},
  options: MedusaInstanceOptions = {}
): Promise<MedusaInstance> {
  const port = await freePort()
  const preload = (options.preload ?? []).flatMap((file) => ["--require", file])
  const built = options.builtServerDir
  const main = built ? [require.resolve("@medusajs/cli/cli.js"), "start", "--port", String(port)] : [path.join(__dirname, "medusa-instance-main.js")]
  const child = spawn(process.execPath, [...preload, ...main], {
    cwd: built ?? options.appDir ?? ROOT,
    env: {
      ...process.env,
      NODE_ENV: built ? "production" : "test",
      NODE_OPTIONS: "",
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      ...(!built && options.appDir && { MEDUSA_APP_DIR: options.appDir }),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe", ...(preload.length ? (["ipc"] as const) : [])],
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
      return {
        url,
        stop: () => stopChild(child),
        kill: () => stopChild(child, "SIGKILL"),
        waitForOutput,
        recentOutput: () => output,
        ask: (message) => askChild(child, message),
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stopChild(child)
  throw new Error(`A Medusa instance did not answer /health within ${BOOT_TIMEOUT_MS / 1000} s:\n${output}`)
}
