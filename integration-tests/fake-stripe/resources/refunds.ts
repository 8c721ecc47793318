import { FakeStripeError, invalidParam, noSuch } from "../errors"
import { int, record, str } from "../form"
import type { Route } from "../route"
import type { FakeRefund, FakeStripeState } from "../state"
import { requireIntent } from "./payment-intents"

const refundedSoFar = (state: FakeStripeState, intentId: string) =>
  [...state.refunds.values()].filter((refund) => refund.payment_intent === intentId).reduce((sum, r) => sum + r.amount, 0)

export const refundRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/refunds",
    handle: ({ form }, state) => {
      const intentId = str(form.payment_intent)
      if (!intentId) {
        throw invalidParam("One of the following params should be provided for this request: payment_intent or charge.")
      }
      const intent = requireIntent(state, intentId)
      if (intent.status !== "succeeded") {
        throw invalidParam(`This PaymentIntent (${intent.id}) does not have a successful charge to refund.`, "payment_intent")
      }
      const refundable = intent.amount_received - refundedSoFar(state, intent.id)
      if (refundable <= 0) {
        throw new FakeStripeError(400, {
          type: "invalid_request_error",
          code: "charge_already_refunded",
          message: `Charge ${intent.latest_charge} has already been refunded.`,
        })
      }
      const amount = int(form.amount) ?? refundable
      if (amount > refundable) {
        throw invalidParam(`Refund amount (${amount}) is greater than unrefunded amount on charge (${refundable})`, "amount")
      }
      const refund: FakeRefund = {
        id: state.newId("re"),
        object: "refund",
        amount,
        currency: intent.currency,
        payment_intent: intent.id,
        charge: intent.latest_charge,
        reason: str(form.reason),
        status: "succeeded",
        metadata: record(form.metadata),
        created: state.now(),
      }
      state.refunds.set(refund.id, refund)
      return refund
    },
  },
  {
    method: "GET",
    path: "/v1/refunds/:id",
    handle: ({ params }, state) => {
      const refund = state.refunds.get(params.id)
      if (!refund) {
        throw noSuch("refund", params.id)
      }
      return refund
    },
  },
]
