import { AUTHENTICATION_REQUIRED } from "../cards"
import { cardError, invalidParam, noSuch, unexpectedState } from "../errors"
import { bool, int, record, str, strings, type Form } from "../form"
import type { Route } from "../route"
import type { FakePaymentIntent, FakeStripeState } from "../state"
import { requireCustomer } from "./customers"
import { attachPaymentMethod, resolvePaymentMethod } from "./payment-methods"

const CONFIRMABLE = ["requires_payment_method", "requires_confirmation", "requires_action"]
const CANCELABLE = ["requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing"]

export function requireIntent(state: FakeStripeState, id: string) {
  const intent = state.paymentIntents.get(id)
  if (!intent) {
    throw noSuch("payment_intent", id, "intent")
  }
  return intent
}

/** `expand[]=payment_method` swaps the id for the object, as Medusa's provider asks for. */
export function present(state: FakeStripeState, intent: FakePaymentIntent, expand: string[]) {
  const paymentMethod = intent.payment_method && state.paymentMethods.get(intent.payment_method)
  return expand.includes("payment_method") && paymentMethod ? { ...intent, payment_method: paymentMethod } : intent
}

function setPaymentMethod(state: FakeStripeState, intent: FakePaymentIntent, id: string) {
  const paymentMethod = resolvePaymentMethod(state, id)
  if (paymentMethod.customer && paymentMethod.customer !== intent.customer) {
    throw invalidParam(
      `The provided PaymentMethod belongs to the Customer \`${paymentMethod.customer}\`. Please include the Customer in the \`customer\` parameter on the PaymentIntent.`,
      "payment_method"
    )
  }
  intent.payment_method = paymentMethod.id
  if (intent.status === "requires_payment_method") {
    intent.status = "requires_confirmation"
  }
}

function setFields(state: FakeStripeState, intent: FakePaymentIntent, form: Form) {
  if (form.amount !== undefined) {
    const amount = int(form.amount)!
    if (!Number.isInteger(amount) || amount < 1) {
      throw invalidParam("Invalid positive integer", "amount")
    }
    intent.amount = amount
  }
  if (form.currency !== undefined) {
    intent.currency = String(form.currency).toLowerCase()
  }
  if (form.customer !== undefined) {
    intent.customer = requireCustomer(state, String(form.customer)).id
  }
  if (form.description !== undefined) {
    intent.description = str(form.description)
  }
  if (form.capture_method !== undefined) {
    intent.capture_method = form.capture_method === "manual" ? "manual" : "automatic"
  }
  if (form.setup_future_usage !== undefined) {
    intent.setup_future_usage = str(form.setup_future_usage) as FakePaymentIntent["setup_future_usage"]
  }
  intent.metadata = { ...intent.metadata, ...record(form.metadata) }
  if (typeof form.payment_method === "string") {
    setPaymentMethod(state, intent, form.payment_method)
  }
}

/**
 * Confirms as Stripe does: the card either succeeds (captured at once, or held
 * for a manual capture), needs 3-D Secure, or is declined with a 402 card_error
 * whose `payment_intent` carries the failed intent. `onClient` is Stripe.js in
 * the shopper's browser, where 3-D Secure is completed in the same call.
 */
export function confirmIntent(
  state: FakeStripeState,
  intent: FakePaymentIntent,
  { withPaymentMethod, offSession = false, onClient = false }: { withPaymentMethod?: string; offSession?: boolean; onClient?: boolean } = {}
) {
  if (!CONFIRMABLE.includes(intent.status)) {
    throw unexpectedState(intent, "confirm", CONFIRMABLE)
  }
  if (withPaymentMethod) {
    setPaymentMethod(state, intent, withPaymentMethod)
  }
  const paymentMethod = intent.payment_method ? state.paymentMethods.get(intent.payment_method) : undefined
  if (!paymentMethod) {
    throw invalidParam(
      "You cannot confirm this PaymentIntent because it's missing a payment method. To confirm the PaymentIntent with a customer, you must provide a payment method.",
      "payment_method"
    )
  }
  const card = state.cards.get(paymentMethod.id)!
  const charge = state.newId("ch")
  const decline = card.decline ?? (card.requiresAuthentication && offSession ? AUTHENTICATION_REQUIRED : undefined)
  if (decline) {
    intent.status = "requires_payment_method"
    intent.payment_method = null
    intent.latest_charge = charge
    intent.last_payment_error = { type: "card_error", ...decline, charge, payment_method: paymentMethod }
    throw cardError(intent.last_payment_error, intent)
  }
  if (card.requiresAuthentication && !onClient) {
    intent.status = "requires_action"
    intent.next_action = { type: "use_stripe_sdk" }
    return intent
  }
  intent.last_payment_error = null
  intent.next_action = null
  intent.latest_charge = charge
  if (intent.capture_method === "manual") {
    intent.status = "requires_capture"
    intent.amount_capturable = intent.amount
  } else {
    intent.status = "succeeded"
    intent.amount_received = intent.amount
  }
  if (intent.setup_future_usage && intent.customer && !paymentMethod.customer) {
    attachPaymentMethod(state, paymentMethod, intent.customer)
  }
  return intent
}

export const paymentIntentRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/payment_intents",
    handle: ({ form }, state) => {
      if (form.amount === undefined) {
        throw invalidParam("Missing required param: amount.", "amount")
      }
      if (!str(form.currency)) {
        throw invalidParam("Missing required param: currency.", "currency")
      }
      if (bool(form.off_session) && !bool(form.confirm)) {
        throw invalidParam("You can only pass `off_session` when `confirm` is `true`.", "off_session")
      }
      const id = state.newId("pi")
      const intent: FakePaymentIntent = {
        id,
        object: "payment_intent",
        amount: 0,
        amount_capturable: 0,
        amount_received: 0,
        currency: "",
        customer: null,
        payment_method: null,
        payment_method_types: ["card"],
        status: "requires_payment_method",
        capture_method: "automatic",
        confirmation_method: "automatic",
        setup_future_usage: null,
        description: null,
        metadata: {},
        client_secret: `${id}_secret_${state.newId("cs").slice(3)}`,
        last_payment_error: null,
        latest_charge: null,
        next_action: null,
        canceled_at: null,
        cancellation_reason: null,
        created: state.now(),
        livemode: false,
      }
      setFields(state, intent, form)
      state.paymentIntents.set(id, intent)
      if (bool(form.confirm)) {
        confirmIntent(state, intent, { offSession: bool(form.off_session) })
      }
      return present(state, intent, strings(form.expand))
    },
  },
  {
    method: "GET",
    path: "/v1/payment_intents/:id",
    handle: ({ params, form }, state) => present(state, requireIntent(state, params.id), strings(form.expand)),
  },
  {
    method: "POST",
    path: "/v1/payment_intents/:id",
    handle: ({ params, form }, state) => {
      const intent = requireIntent(state, params.id)
      if (!CONFIRMABLE.includes(intent.status)) {
        throw unexpectedState(intent, "update", CONFIRMABLE)
      }
      setFields(state, intent, form)
      return present(state, intent, strings(form.expand))
    },
  },
  {
    method: "POST",
    path: "/v1/payment_intents/:id/confirm",
    handle: ({ params, form }, state) => {
      const intent = requireIntent(state, params.id)
      confirmIntent(state, intent, { withPaymentMethod: str(form.payment_method) ?? undefined, offSession: bool(form.off_session) })
      return present(state, intent, strings(form.expand))
    },
  },
  {
    method: "POST",
    path: "/v1/payment_intents/:id/capture",
    handle: ({ params, form }, state) => {
      const intent = requireIntent(state, params.id)
      if (intent.status !== "requires_capture") {
        throw unexpectedState(intent, "capture", ["requires_capture"])
      }
      const amount = int(form.amount_to_capture) ?? intent.amount_capturable
      if (amount > intent.amount_capturable) {
        throw invalidParam("The amount to capture is greater than the amount capturable.", "amount_to_capture")
      }
      intent.amount_received = amount
      intent.amount_capturable = 0
      intent.status = "succeeded"
      return present(state, intent, strings(form.expand))
    },
  },
  {
    method: "POST",
    path: "/v1/payment_intents/:id/cancel",
    handle: ({ params, form }, state) => {
      const intent = requireIntent(state, params.id)
      if (!CANCELABLE.includes(intent.status)) {
        throw unexpectedState(intent, "cancel", CANCELABLE)
      }
      intent.status = "canceled"
      intent.amount_capturable = 0
      intent.canceled_at = state.now()
      intent.cancellation_reason = str(form.cancellation_reason)
      return present(state, intent, strings(form.expand))
    },
  },
]
