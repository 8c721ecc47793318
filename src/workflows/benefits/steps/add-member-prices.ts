import type { IPricingModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type MemberPriceAddition } from "../../../modules/membership"
import { memberPricesToAdd, priceSetIdsOf } from "../utils/member-price-changes"

/**
 * Adds the prices and returns the ids of those created (`addPrices` answers with whole price
 * sets). Also the compensation of `removeMemberPricesStep`.
 */
export async function addMemberPrices(pricing: IPricingModuleService, additions: MemberPriceAddition[]): Promise<string[]> {
  const priceSetIds = priceSetIdsOf(additions)
  const idsIn = async () =>
    new Set((await pricing.listPrices({ price_set_id: priceSetIds }, { select: ["id"] })).map((price) => price.id))
  const before = await idsIn()
  await pricing.addPrices(memberPricesToAdd(additions))
  return [...(await idsIn())].filter((id) => !before.has(id))
}

export const addMemberPricesStepId = "add-member-prices"

/** Adds member prices to their price sets; compensation removes the prices it created. */
export const addMemberPricesStep = createStep(
  addMemberPricesStepId,
  async (additions: MemberPriceAddition[], { container }) => {
    const created = additions.length ? await addMemberPrices(container.resolve(Modules.PRICING), additions) : []
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (created?.length) {
      await container.resolve(Modules.PRICING).removePrices(created)
    }
  }
)
