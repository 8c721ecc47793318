import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { waitSubscribersExecution } from "@medusajs/test-utils/dist/events"

/**
 * Runs `action` and resolves once the subscribers of `event` have run. The wait starts before the
 * action, so it covers the request too: 60 s rather than Medusa's 15 s default, which a busy
 * 2-core machine can exceed (a hang still fails, only later).
 */
export async function settled<T>(container: MedusaContainer, event: string, action: () => Promise<T>): Promise<T> {
  const done = waitSubscribersExecution(event, container.resolve(Modules.EVENT_BUS), { timeout: 60_000 })
  const result = await action()
  await done
  return result
}
