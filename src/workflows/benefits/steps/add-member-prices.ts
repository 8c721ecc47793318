import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  type MemberPriceAddition
} from "../../../modules/membership"
import { addMemberPrices } from "../utils/member-price-changes"

export const addMemberPricesStepId = "add-member-prices"

/** Adds member prices to their price sets; compensation removes the prices it created. */
export const addMemberPricesStep = createStep(
  addMemberPricesStepId,
  async (additions: MemberPriceAddition[], { container }) => {
    const created = additions.length ? await addMemberPrices(container, additions) : []
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (created?.length) {
      await container.resolve(Modules.PRICING).removePrices(created)
    }
  }
)
