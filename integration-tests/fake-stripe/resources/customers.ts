import { noSuch } from "../errors"
import { record, str, type Form } from "../form"
import type { Route } from "../route"
import type { FakeCustomer, FakeStripeState } from "../state"

export function requireCustomer(state: FakeStripeState, id: string, param = "customer") {
  const customer = state.customers.get(id)
  if (!customer || customer.deleted) {
    throw noSuch("customer", id, param)
  }
  return customer
}

function applyFields(customer: FakeCustomer, form: Form) {
  for (const field of ["email", "name", "phone"] as const) {
    if (field in form) {
      customer[field] = str(form[field])
    }
  }
  if ("address" in form) {
    customer.address = record(form.address)
  }
  customer.metadata = { ...customer.metadata, ...record(form.metadata) }
}

export const customerRoutes: Route[] = [
  {
    method: "POST",
    path: "/v1/customers",
    handle: ({ form }, state) => {
      const customer: FakeCustomer = {
        id: state.newId("cus"),
        object: "customer",
        email: null,
        name: null,
        phone: null,
        address: null,
        metadata: {},
        created: state.now(),
        livemode: false,
      }
      applyFields(customer, form)
      state.customers.set(customer.id, customer)
      return customer
    },
  },
  {
    method: "GET",
    path: "/v1/customers/:id",
    // Stripe still answers for a deleted customer, with a stub.
    handle: ({ params }, state) => {
      const customer = state.customers.get(params.id)
      if (!customer) {
        throw noSuch("customer", params.id)
      }
      return customer.deleted ? { id: customer.id, object: "customer", deleted: true } : customer
    },
  },
  {
    method: "POST",
    path: "/v1/customers/:id",
    handle: ({ params, form }, state) => {
      const customer = requireCustomer(state, params.id, "id")
      applyFields(customer, form)
      return customer
    },
  },
  {
    method: "DELETE",
    path: "/v1/customers/:id",
    handle: ({ params }, state) => {
      const customer = requireCustomer(state, params.id, "id")
      customer.deleted = true
      return { id: customer.id, object: "customer", deleted: true }
    },
  },
]
