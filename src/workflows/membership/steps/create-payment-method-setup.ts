import type { AccountHolderDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const createPaymentMethodSetupStepId = "create-payment-method-setup"

/**
 * Asks the provider to start saving a payment method for off-session use (for Stripe: a
 * SetupIntent on the customer's Stripe customer). The storefront confirms it in the browser.
 */
export const createPaymentMethodSetupStep = createStep(
  createPaymentMethodSetupStepId,
  async (input: { provider_id: string; account_holder: AccountHolderDTO }, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const [setup] = await payments.createPaymentMethods([
      {
        provider_id: input.provider_id,
        data: { usage: "off_session" },
        context: { account_holder: input.account_holder },
      },
    ])
    return new StepResponse({ id: setup.id, client_secret: (setup.data as { client_secret?: string })?.client_secret ?? null })
  }
)
