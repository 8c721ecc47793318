import { TEST_CARDS } from "../cards"
import { cardError, invalidParam, noSuch } from "../errors"
import { str } from "../form"
import { list, type Route } from "../route"
import type { FakePaymentMethod, FakeStripeState } from "../state"
import { requireCustomer } from "./customers"

/**
 * A test token (`pm_card_visa`) makes a new payment method each time it is used,
 * as in Stripe's test mode; any other id must exist.
 */
export function resolvePaymentMethod(state: FakeStripeState, id: string, param = "payment_method") {
  const existing = state.paymentMethods.get(id)
  if (existing) {
    return existing
  }
  const card = TEST_CARDS[id]
  if (!card) {
    throw noSuch("PaymentMethod", id, param)
  }
  const paymentMethod: FakePaymentMethod = {
    id: state.newId("pm"),
    object: "payment_method",
    type: "card",
    card: { brand: card.brand, last4: card.last4, exp_month: 12, exp_year: new Date().getFullYear() + 3, funding: "credit" },
    customer: null,
    metadata: {},
    created: state.now(),
    livemode: false,
  }
  state.paymentMethods.set(paymentMethod.id, paymentMethod)
  state.cards.set(paymentMethod.id, card)
  return paymentMethod
}

export function attachPaymentMethod(state: FakeStripeState, paymentMethod: FakePaymentMethod, customerId: string) {
  requireCustomer(state, customerId)
  if (paymentMethod.customer && paymentMethod.customer !== customerId) {
    throw invalidParam(`The payment method you provided has already been attached to a customer.`, "customer")
  }
  const card = state.cards.get(paymentMethod.id)
  if (card?.declinesOnAttach && card.decline) {
    throw cardError({ type: "card_error", ...card.decline })
  }
  paymentMethod.customer = customerId
  return paymentMethod
}

const ofCustomer = (state: FakeStripeState, customerId: string) =>
  [...state.paymentMethods.values()].filter((method) => method.customer === customerId).reverse()

export const paymentMethodRoutes: Route[] = [
  {
    method: "GET",
    path: "/v1/payment_methods/:id",
    handle: ({ params }, state) => resolvePaymentMethod(state, params.id, "id"),
  },
  {
    method: "GET",
    path: "/v1/payment_methods",
    handle: ({ form }, state) => {
      const customer = str(form.customer)
      if (!customer) {
        throw invalidParam("Missing required param: customer.", "customer")
      }
      return list("/v1/payment_methods", ofCustomer(state, requireCustomer(state, customer).id))
    },
  },
  {
    method: "GET",
    path: "/v1/customers/:id/payment_methods",
    handle: ({ params }, state) =>
      list(`/v1/customers/${params.id}/payment_methods`, ofCustomer(state, requireCustomer(state, params.id, "id").id)),
  },
  {
    method: "POST",
    path: "/v1/payment_methods/:id/attach",
    handle: ({ params, form }, state) => {
      const customer = str(form.customer)
      if (!customer) {
        throw invalidParam("Missing required param: customer.", "customer")
      }
      return attachPaymentMethod(state, resolvePaymentMethod(state, params.id, "id"), customer)
    },
  },
  {
    method: "POST",
    path: "/v1/payment_methods/:id/detach",
    handle: ({ params }, state) => {
      const paymentMethod = resolvePaymentMethod(state, params.id, "id")
      if (!paymentMethod.customer) {
        throw invalidParam(`The payment method ${paymentMethod.id} is not attached to a customer.`)
      }
      paymentMethod.customer = null
      return paymentMethod
    },
  },
]
