import fs from "fs"
import os from "os"
import path from "path"
import type { ConfigModule } from "@medusajs/framework/types"

const ROOT = path.resolve(__dirname, "../..")

/**
 * A throwaway Medusa app folder with no plugin: a `medusa-config.js` with Medusa's default modules
 * only and the `http` settings given (the plugin app's, so a shopper's token works on both), no
 * `src/`, and this repository's `node_modules` (a symlink, so the same Medusa runs).
 */
export function createBareMedusaApp(http: ConfigModule["projectConfig"]["http"]): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-bare-app-"))
  const config = [
    `const { defineConfig } = require("@medusajs/framework/utils")`,
    `module.exports = defineConfig({ projectConfig: { databaseUrl: process.env.DATABASE_URL, http: ${JSON.stringify(http)} } })`,
  ]
  fs.writeFileSync(path.join(dir, "medusa-config.js"), config.join("\n") + "\n")
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "medusa-bare-app", private: true }))
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir")
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) }
}
