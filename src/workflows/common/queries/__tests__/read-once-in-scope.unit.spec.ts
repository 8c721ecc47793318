import { asValue } from "@medusajs/framework/awilix"
import { createMedusaContainer, Modules } from "@medusajs/framework/utils"
import InMemoryCacheService from "@medusajs/cache-inmemory/dist/services/inmemory-cache"
import { readOnceInScope } from "../read-once-in-scope"

function containerWithCache() {
  const container = createMedusaContainer()
  container.register(Modules.CACHE, asValue(new InMemoryCacheService({}, {})))
  return container
}

describe("readOnceInScope", () => {
  it("reads once per scope and key, also a falsy result, and keeps scopes and keys apart", async () => {
    const container = containerWithCache()
    let reads = 0
    const read = async () => {
      reads++
      return false
    }
    expect(await readOnceInScope(container, "run_1", "held:cus_1", read)).toBe(false)
    expect(await readOnceInScope(container, "run_1", "held:cus_1", read)).toBe(false)
    expect(reads).toBe(1)
    await readOnceInScope(container, "run_2", "held:cus_1", read)
    await readOnceInScope(container, "run_1", "held:cus_2", read)
    expect(reads).toBe(3)
  })

  it("reads every time without a scope, or without a cache module", async () => {
    let reads = 0
    const read = async () => ++reads
    await readOnceInScope(containerWithCache(), undefined, "key", read)
    await readOnceInScope(containerWithCache(), undefined, "key", read)
    const bare = createMedusaContainer()
    await readOnceInScope(bare, "run_1", "key", read)
    await readOnceInScope(bare, "run_1", "key", read)
    expect(reads).toBe(4)
  })
})
