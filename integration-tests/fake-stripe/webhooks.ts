import Stripe from "stripe"
import { STRIPE_API_VERSION } from "../../src/lib/stripe/client"

export type SignedWebhook = {
  event: { id: string; object: "event"; type: string; data: { object: unknown } }
  /** The exact bytes to POST: the signature covers them. */
  payload: string
  headers: { "stripe-signature": string; "content-type": "application/json" }
}

let sequence = 0

/** A Stripe event for `object`, signed with `secret` the way Stripe signs webhooks (at `timestamp`, seconds, default now). */
export function signedWebhook(type: string, object: unknown, secret: string, eventId?: string, timestamp?: number): SignedWebhook {
  const event = {
    id: eventId ?? `evt_fake${Date.now()}${++sequence}`,
    object: "event" as const,
    type,
    api_version: STRIPE_API_VERSION,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    data: { object },
  }
  const payload = JSON.stringify(event)
  return {
    event,
    payload,
    headers: {
      "stripe-signature": Stripe.webhooks.generateTestHeaderString({ payload, secret, ...(timestamp && { timestamp }) }),
      "content-type": "application/json",
    },
  }
}
