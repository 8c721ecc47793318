import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { asValue } from "@medusajs/framework/awilix"

const REQUEST_MEMO = "membershipRequestMemo"

/**
 * Gives the request's scope a memo, so that the hooks of the workflows one request runs (a cart
 * change runs several: pricing context, promotions context, validation) read the shopper's
 * standing and the plugin's definitions once. It lives and dies with the request: nothing is
 * kept between requests, and reads outside a request (subscribers, jobs) are never memoized.
 */
export function shareReadsWithinRequest(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.scope.register(REQUEST_MEMO, asValue(new Map<string, Promise<unknown>>()))
  next()
}

/** `read()`, or what it gave earlier in the same request under `key` (see `shareReadsWithinRequest`). */
export function readOncePerRequest<T>(container: MedusaContainer, key: string, read: () => Promise<T>): Promise<T> {
  const memo = container.resolve<Map<string, Promise<unknown>> | undefined>(REQUEST_MEMO, { allowUnregistered: true })
  if (!memo) {
    return read()
  }
  let pending = memo.get(key) as Promise<T> | undefined
  if (!pending) {
    pending = read()
    memo.set(key, pending)
    // A failed read is not remembered: the next caller asks again.
    pending.catch(() => memo.delete(key))
  }
  return pending
}
