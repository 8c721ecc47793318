import path from "path"
import { startDemo as startDemoProcess } from "../scripts/lib/demo-process"

export type { DemoFacts } from "../scripts/lib/demo-process"

/** Runs `npm run demo`'s script on a free port with a database of its own, until stopped. */
export async function startDemo() {
  return startDemoProcess({ label: "admin-test", logFile: path.join(__dirname, "screenshots", "demo.log") })
}
