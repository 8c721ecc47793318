import { bool, record, str } from "../form"
import type { Route } from "../route"
import type { FakeSetupIntent } from "../state"
import { requireCustomer } from "./customers"
import { attachPaymentMethod, resolvePaymentMethod } from "./payment-methods"

/** What Medusa's provider calls to save a card without paying (`savePaymentMethod`). */
export const setupIntentRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/setup_intents",
    handle: ({ form }, state) => {
      const id = state.newId("seti")
      const customer = str(form.customer)
      const paymentMethod = str(form.payment_method)
      const intent: FakeSetupIntent = {
        id,
        object: "setup_intent",
        customer: customer && requireCustomer(state, customer).id,
        payment_method: paymentMethod && resolvePaymentMethod(state, paymentMethod).id,
        status: paymentMethod ? "requires_confirmation" : "requires_payment_method",
        usage: str(form.usage) ?? "off_session",
        metadata: record(form.metadata),
        client_secret: `${id}_secret_${state.newId("cs").slice(3)}`,
        created: state.now(),
        livemode: false,
      }
      if (bool(form.confirm) && intent.payment_method) {
        if (intent.customer) {
          attachPaymentMethod(state, state.paymentMethods.get(intent.payment_method)!, intent.customer)
        }
        intent.status = "succeeded"
      }
      state.setupIntents.set(id, intent)
      return intent
    },
  },
]
