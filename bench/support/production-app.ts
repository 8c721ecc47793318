import { execFile } from "child_process"
import fs from "fs"
import os from "os"
import path from "path"
import { promisify } from "util"

const ROOT = path.resolve(__dirname, "../..")
/** What `medusa build` compiles of this repository's app. */
const APP_FILES = ["medusa-config.ts", "package.json", "src", "openapi"]

/**
 * This repository's app built for production, as a deployment builds it: `medusa build` (admin
 * off) in a throwaway copy of the app, so the repository's own `.medusa/server` (the plugin build)
 * is left alone. `serverDir` is the built `.medusa/server`, with this repository's `node_modules`
 * linked in, for `startMedusaInstance`'s `builtServerDir`. The copy's `tsconfig.json` also compiles
 * `medusa-config.ts`, which the plugin's own build leaves out.
 */
export async function buildProductionApp(): Promise<{ serverDir: string; remove: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "medusa-production-app-"))
  const remove = () => fs.rmSync(dir, { recursive: true, force: true })
  try {
    APP_FILES.forEach((file) => fs.cpSync(path.join(ROOT, file), path.join(dir, file), { recursive: true }))
    const tsconfig = JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.json"), "utf8"))
    tsconfig.include = [...tsconfig.include, "medusa-config.ts"]
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2))
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir")
    const env = { ...process.env, NODE_ENV: "production", NODE_OPTIONS: "", MEDUSA_DISABLE_ADMIN: "true", MEDUSA_DISABLE_TELEMETRY: "true" }
    const { stdout } = await promisify(execFile)(process.execPath, [require.resolve("@medusajs/cli/cli.js"), "build"], { cwd: dir, env, maxBuffer: 16 << 20 })
    if (!/Backend build completed successfully/.test(stdout)) {
      throw new Error(`medusa build failed:\n${stdout.slice(-4_000)}`)
    }
    const serverDir = path.join(dir, ".medusa", "server")
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(serverDir, "node_modules"), "dir")
    return { serverDir, remove }
  } catch (error) {
    remove()
    throw error
  }
}
