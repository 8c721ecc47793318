import fs from "fs"
import { startDemo } from "./demo-server"

/**
 * One demo store for every browser spec: started here (own Postgres, free port) and stopped by
 * global-teardown.ts. While developing, `ADMIN_TEST_DEMO=.medusa/demo.json` reuses a demo that
 * `npm run demo` already runs (the specs change its data).
 */
export default async function globalSetup() {
  const running = process.env.ADMIN_TEST_DEMO
  if (running) {
    process.env.MEMBERSHIP_DEMO_FACTS = fs.readFileSync(running, "utf8")
    return
  }
  const demo = await startDemo()
  ;(globalThis as { __MEMBERSHIP_DEMO__?: typeof demo }).__MEMBERSHIP_DEMO__ = demo
  process.env.MEMBERSHIP_DEMO_FACTS = JSON.stringify(demo.facts)
}
