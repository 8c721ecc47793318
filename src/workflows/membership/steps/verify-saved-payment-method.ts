import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const verifySavedPaymentMethodStepId = "verify-saved-payment-method"

/** Refuses a payment method that is not saved on this customer's account holder with the provider. */
export const verifySavedPaymentMethodStep = createStep(
  verifySavedPaymentMethodStepId,
  async (input: { customer_id: string; provider_id: string; payment_method_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "customer", fields: ["account_holders.*"], filters: { id: input.customer_id } })
    const holder = ((data[0] as { account_holders?: { provider_id: string }[] } | undefined)?.account_holders ?? []).find(
      (candidate) => candidate?.provider_id === input.provider_id
    )
    const methods = holder
      ? await container.resolve(Modules.PAYMENT).listPaymentMethods({
          provider_id: input.provider_id,
          context: { account_holder: holder as never },
        })
      : []
    if (!methods.some((method) => method.id === input.payment_method_id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Payment method ${input.payment_method_id} is not saved for you with ${input.provider_id}`
      )
    }
    return new StepResponse(undefined)
  }
)
