import type { ICacheService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Reads that share a scope share their results. The scope is a cart workflow run's event group:
 * Medusa passes it on to the workflows a run nests, so the plugin's hooks in one cart change
 * (pricing context, promotion context, validation) read the shopper's standing once instead of
 * once each. Kept in Medusa's cache module for a few seconds; results must survive JSON (a Redis
 * cache stores them so). Without a scope, or a cache module, `read` simply runs.
 */
export async function readOnceInScope<T>(
  container: MedusaContainer,
  scope: string | undefined,
  key: string,
  read: () => Promise<T>
): Promise<T> {
  const cache = scope ? container.resolve<ICacheService>(Modules.CACHE, { allowUnregistered: true }) : undefined
  if (!cache) {
    return read()
  }
  const cacheKey = `membership:scope:${scope}:${key}`
  const shared = await cache.get<{ value: T }>(cacheKey)
  if (shared) {
    return shared.value
  }
  const value = await read()
  await cache.set(cacheKey, { value }, SCOPE_TTL_SECONDS)
  return value
}

/** Long enough for one cart change, short enough that nothing outlives it. */
const SCOPE_TTL_SECONDS = 10
