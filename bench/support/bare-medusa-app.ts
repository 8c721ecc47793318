import fs from "fs"
import os from "os"
import path from "path"

const ROOT = path.resolve(__dirname, "../..")

// The demo's HTTP settings (the same JWT secret, so a shopper's token works on both apps), none of its modules.
const bareConfig = () => `const { defineConfig } = require("@medusajs/framework/utils")
const demo = require(${JSON.stringify(path.join(ROOT, "medusa-config"))}).default

module.exports = defineConfig({ projectConfig: { databaseUrl: process.env.DATABASE_URL, http: demo.projectConfig.http } })
`

/**
 * A throwaway Medusa app folder with no plugin: a `medusa-config.js` with Medusa's default modules
 * only, no `src/`, and this repository's `node_modules` (a symlink, so the same Medusa runs).
 */
export function createBareMedusaApp(): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-bare-app-"))
  fs.writeFileSync(path.join(dir, "medusa-config.js"), bareConfig())
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "medusa-bare-app", private: true }))
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir")
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) }
}
