import type { startDemo } from "./demo-server"

export default async function globalTeardown() {
  const demo = (globalThis as { __MEMBERSHIP_DEMO__?: Awaited<ReturnType<typeof startDemo>> }).__MEMBERSHIP_DEMO__
  await demo?.stop()
}
