import { Modules } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import type { CartLine } from "../../modules/membership"
import { assertPlanLines } from "../membership/queries/assert-plan-lines"
import { storeTakesHook } from "../common/utils/plugin-hooks"

type HookHandlers = Parameters<typeof createCartWorkflow.hooks.validate>

/** Refuses a new cart's plan lines that a cart cannot hold (see `planLinesProblem`). */
export const membershipCreateCartValidate: HookHandlers[0] = async ({ input }, { container, eventGroupId }) => {
  const lines = (input.items ?? []) as CartLine[]
  if (!lines.length) {
    return
  }
  const customer = input.customer_id
    ? await container.resolve(Modules.CUSTOMER).retrieveCustomer(input.customer_id, { select: ["has_account"] })
    : null
  await assertPlanLines(container, lines, Boolean(customer?.has_account), input.customer_id, eventGroupId)
}

if (!storeTakesHook("createCart.validate")) {
  createCartWorkflow.hooks.validate(membershipCreateCartValidate)
}
