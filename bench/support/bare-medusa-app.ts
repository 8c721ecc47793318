import fs from "fs"
import os from "os"
import path from "path"
import type { ConfigModule } from "@medusajs/framework/types"

const ROOT = path.resolve(__dirname, "../..")

type Modules = Record<string, unknown>

/**
 * A throwaway Medusa app folder with no plugin: a `medusa-config.js` with Medusa's default modules
 * and the `modules` given (e.g. the Redis ones), the `http` settings given (the plugin app's, so a
 * shopper's token works on both), `REDIS_URL` and `MEDUSA_WORKER_MODE` read as the plugin app
 * reads them, no `src/`, and this repository's `node_modules` (a symlink, so the same Medusa runs).
 */
export function createBareMedusaApp(http: ConfigModule["projectConfig"]["http"], modules: Modules = {}): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-bare-app-"))
  const projectConfig = `{ databaseUrl: process.env.DATABASE_URL, redisUrl: process.env.REDIS_URL, workerMode: process.env.MEDUSA_WORKER_MODE || "shared", http: ${JSON.stringify(http)} }`
  const config = [
    `const { defineConfig } = require("@medusajs/framework/utils")`,
    `module.exports = defineConfig({ projectConfig: ${projectConfig}, modules: ${JSON.stringify(modules)} })`,
  ]
  fs.writeFileSync(path.join(dir, "medusa-config.js"), config.join("\n") + "\n")
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "medusa-bare-app", private: true }))
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir")
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

/**
 * The modules the plugin app's `medusa-config.ts` puts on Redis when its `REDIS_URL` is
 * `redisUrl` (event bus, workflow engine, locking, caching), as it declares them: a bare app given
 * these runs on Redis with the same settings.
 */
export function redisModulesOfPluginApp(redisUrl: string): Modules {
  const previous = process.env.REDIS_URL
  let modules: Modules = {}
  try {
    process.env.REDIS_URL = redisUrl
    jest.isolateModules(() => {
      modules = jest.requireActual<{ default: { modules: Modules } }>(path.join(ROOT, "medusa-config")).default.modules
    })
  } finally {
    if (previous === undefined) {
      delete process.env.REDIS_URL
    } else {
      process.env.REDIS_URL = previous
    }
  }
  return Object.fromEntries(Object.entries(modules).filter(([, declaration]) => JSON.stringify(declaration).includes(redisUrl)))
}
