import type { FakePaymentError, FakePaymentIntent } from "./state"

/**
 * An error answer in Stripe's shape (`{ error: { type, code, message, ... } }`);
 * stripe-node turns it into StripeCardError, StripeInvalidRequestError, ...
 */
export class FakeStripeError extends Error {
  constructor(
    readonly status: number,
    readonly error: Record<string, unknown> & { type: string; message: string },
    /** Stripe stores the result of a request that started executing, and not of one refused by validation. */
    readonly executed = true
  ) {
    super(error.message)
  }
}

export const invalidParam = (message: string, param?: string) =>
  new FakeStripeError(400, { type: "invalid_request_error", message, ...(param && { param }) }, false)

export const noSuch = (kind: string, id: string, param = "id") =>
  new FakeStripeError(
    404,
    { type: "invalid_request_error", code: "resource_missing", message: `No such ${kind}: '${id}'`, param },
    false
  )

const PARTICIPLES = { confirm: "confirmed", update: "updated", capture: "captured", cancel: "canceled" }

export const unexpectedState = (intent: FakePaymentIntent, action: keyof typeof PARTICIPLES, allowed: string[]) =>
  new FakeStripeError(400, {
    type: "invalid_request_error",
    code: "payment_intent_unexpected_state",
    message: `You cannot ${action} this PaymentIntent because it has a status of ${intent.status}. Only a PaymentIntent with one of the following statuses may be ${PARTICIPLES[action]}: ${allowed.join(", ")}.`,
    payment_intent: structuredClone(intent),
  })

export const cardError = (failure: FakePaymentError, intent?: FakePaymentIntent) =>
  new FakeStripeError(402, {
    ...failure,
    payment_method: failure.payment_method && structuredClone(failure.payment_method),
    ...(intent && { payment_intent: structuredClone(intent) }),
  })
