import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * How long a lease outlives the process holding it. Medusa's locking module renews it every
 * third of this while the job runs, so a long job keeps it and a killed worker frees it soon.
 */
export const LEASE_SECONDS = 30

/**
 * Runs `job` while holding `key` (or every one of `key`) in Medusa's locking module as a lease, waiting up to
 * `timeoutSeconds` for it. Unlike a lock step's fixed TTL, a worker that dies mid-job leaves the
 * key held for `LEASE_SECONDS`, not for the longest the job could take.
 */
export function underLease<T>(container: MedusaContainer, key: string | string[], job: () => Promise<T>, timeoutSeconds: number): Promise<T> {
  return container.resolve(Modules.LOCKING).execute(key, job, { timeout: timeoutSeconds, expire: LEASE_SECONDS })
}
