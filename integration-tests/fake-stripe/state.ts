import { randomBytes } from "crypto"
import type { TestCard } from "./cards"

type Metadata = Record<string, string>

export type FakeCustomer = {
  id: string
  object: "customer"
  email: string | null
  name: string | null
  phone: string | null
  address: Record<string, string> | null
  metadata: Metadata
  created: number
  livemode: false
  deleted?: true
}

export type FakePaymentMethod = {
  id: string
  object: "payment_method"
  type: "card"
  card: { brand: string; last4: string; exp_month: number; exp_year: number; funding: "credit" }
  customer: string | null
  metadata: Metadata
  created: number
  livemode: false
}

export type FakePaymentError = {
  type: "card_error"
  code: string
  decline_code: string
  message: string
  charge?: string
  payment_method?: FakePaymentMethod
}

export type PaymentIntentStatus =
  | "requires_payment_method"
  | "requires_confirmation"
  | "requires_action"
  | "processing"
  | "requires_capture"
  | "succeeded"
  | "canceled"

export type FakePaymentIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  customer: string | null
  payment_method: string | null
  payment_method_types: string[]
  status: PaymentIntentStatus
  capture_method: "automatic" | "manual"
  confirmation_method: "automatic"
  setup_future_usage: "on_session" | "off_session" | null
  description: string | null
  metadata: Metadata
  client_secret: string
  last_payment_error: FakePaymentError | null
  latest_charge: string | null
  next_action: { type: string } | null
  canceled_at: number | null
  cancellation_reason: string | null
  created: number
  livemode: false
}

export type FakeRefund = {
  id: string
  object: "refund"
  amount: number
  currency: string
  payment_intent: string
  charge: string | null
  reason: string | null
  status: "succeeded"
  metadata: Metadata
  created: number
}

export type FakeSetupIntent = {
  id: string
  object: "setup_intent"
  customer: string | null
  payment_method: string | null
  status: "requires_payment_method" | "requires_confirmation" | "succeeded"
  usage: string
  metadata: Metadata
  client_secret: string
  created: number
  livemode: false
}

/** One call that reached the fake's REST API. */
export type LoggedRequest = {
  method: string
  path: string
  params: Record<string, unknown>
  idempotencyKey: string | null
  /** The `Stripe-Version` header. */
  apiVersion: string | null
  status: number
  /** Answered from the idempotency store instead of being executed again. */
  replayed: boolean
}

export type StoredResponse = { method: string; path: string; body: string; status: number; response: unknown }

/** Everything the fake Stripe account holds; tests read it directly. */
export class FakeStripeState {
  readonly customers = new Map<string, FakeCustomer>()
  readonly paymentMethods = new Map<string, FakePaymentMethod>()
  /** Which test card each payment method was made from. */
  readonly cards = new Map<string, TestCard>()
  readonly paymentIntents = new Map<string, FakePaymentIntent>()
  readonly refunds = new Map<string, FakeRefund>()
  readonly setupIntents = new Map<string, FakeSetupIntent>()
  readonly idempotency = new Map<string, StoredResponse>()
  readonly requests: LoggedRequest[] = []

  newId(prefix: string) {
    return `${prefix}_${randomBytes(12).toString("hex")}`
  }

  now() {
    return Math.floor(Date.now() / 1000)
  }

  reset() {
    for (const map of [
      this.customers,
      this.paymentMethods,
      this.cards,
      this.paymentIntents,
      this.refunds,
      this.setupIntents,
      this.idempotency,
    ]) {
      map.clear()
    }
    this.requests.length = 0
  }
}
