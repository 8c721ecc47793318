import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBER_PRICE_ATTRIBUTE, type MemberPriceAddition, memberPriceBenefitId, type StoredPrice } from "../../../modules/membership"
import { addMemberPrices } from "./add-member-prices"

type RemovedPrice = MemberPriceAddition

export const removeMemberPricesStepId = "remove-member-prices"

/**
 * Deletes member prices: the given ones and every member price of the given benefits (a deleted
 * benefit's prices). Compensation adds them back.
 */
export const removeMemberPricesStep = createStep(
  removeMemberPricesStepId,
  async (input: { price_ids?: string[]; benefit_ids?: string[] }, { container }) => {
    const pricing = container.resolve(Modules.PRICING)
    const ids = new Set(input.price_ids ?? [])
    if (input.benefit_ids?.length) {
      const rules = await pricing.listPriceRules({ attribute: MEMBER_PRICE_ATTRIBUTE, value: input.benefit_ids } as never, {
        select: ["price_id"],
      })
      rules.forEach((rule) => ids.add(rule.price_id))
    }
    if (!ids.size) {
      return new StepResponse([] as string[], [] as RemovedPrice[])
    }
    const prices = await pricing.listPrices({ id: [...ids] }, {
      select: ["id", "amount", "currency_code", "price_set_id", "price_list_id"],
      relations: ["price_rules"],
    })
    const removed = prices.flatMap((price) => {
      const benefitId = memberPriceBenefitId(price as unknown as StoredPrice)
      return benefitId && price.price_set_id && price.currency_code
        ? [{ id: price.id, price_set_id: price.price_set_id, benefit_id: benefitId, currency_code: price.currency_code, amount: Number(price.amount) }]
        : []
    })
    if (removed.length) {
      await pricing.removePrices(removed.map((price) => price.id))
    }
    return new StepResponse(
      removed.map((price) => price.id),
      removed.map((price) => ({
        price_set_id: price.price_set_id,
        benefit_id: price.benefit_id,
        currency_code: price.currency_code,
        amount: price.amount,
      }))
    )
  },
  async (removed, { container }) => {
    if (removed?.length) {
      await addMemberPrices(container.resolve(Modules.PRICING), removed)
    }
  }
)
