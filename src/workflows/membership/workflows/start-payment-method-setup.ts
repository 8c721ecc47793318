import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPaymentAccountHolderStep, createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createPaymentMethodSetupStep } from "../steps/create-payment-method-setup"

export const startPaymentMethodSetupWorkflowId = "start-membership-payment-method-setup"

/**
 * Starts saving a new card for a member's renewals: the customer's account holder with the
 * provider (created and linked the way Medusa's checkout does when missing), then the
 * provider's setup (a Stripe SetupIntent whose client secret the storefront confirms). If the
 * setup fails, an account holder created here is deleted again.
 *
 * @example
 * const { result } = await startPaymentMethodSetupWorkflow(container).run({
 *   input: { customer_id: "cus_123", provider_id: "pp_stripe_stripe" },
 * })
 */
export const startPaymentMethodSetupWorkflow = createWorkflow(
  startPaymentMethodSetupWorkflowId,
  (input: { customer_id: string; provider_id: string }) => {
    const { data: customers } = useQueryGraphStep({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name", "phone", "account_holders.*"],
      filters: { id: input.customer_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-customer" })

    const existing = transform({ customers, input }, ({ customers, input }) =>
      ((customers[0] as { account_holders?: { provider_id: string }[] }).account_holders ?? []).find(
        (holder) => holder?.provider_id === input.provider_id
      ) ?? null
    )

    const created = when("create-account-holder", { existing }, ({ existing }) => !existing).then(() => {
      const holder = createPaymentAccountHolderStep(
        transform({ customers, input }, ({ customers, input }) => ({
          provider_id: input.provider_id,
          context: { customer: customers[0] as never },
        }))
      )
      createRemoteLinkStep([
        {
          [Modules.CUSTOMER]: { customer_id: input.customer_id },
          [Modules.PAYMENT]: { account_holder_id: holder.id },
        },
      ])
      return holder
    })

    const setup = createPaymentMethodSetupStep(
      transform({ existing, created, input }, ({ existing, created, input }) => ({
        provider_id: input.provider_id,
        account_holder: (existing ?? created) as never,
      }))
    )
    return new WorkflowResponse(setup)
  }
)
