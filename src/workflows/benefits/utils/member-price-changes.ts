import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  MEMBER_PRICE_ATTRIBUTE,
  type MemberPriceAddition
} from "../../../modules/membership"

/** Adds the prices and returns the ids of those created (`addPrices` answers with whole price sets). */
export async function addMemberPrices(container: MedusaContainer, additions: MemberPriceAddition[]): Promise<string[]> {
  const pricing = container.resolve(Modules.PRICING)
  const priceSetIds = [...new Set(additions.map((price) => price.price_set_id))]
  const idsIn = async () =>
    new Set((await pricing.listPrices({ price_set_id: priceSetIds }, { select: ["id"] })).map((price) => price.id))
  const before = await idsIn()
  await pricing.addPrices(
    priceSetIds.map((priceSetId) => ({
      priceSetId,
      prices: additions
        .filter((price) => price.price_set_id === priceSetId)
        .map((price) => ({
          amount: price.amount,
          currency_code: price.currency_code,
          rules: { [MEMBER_PRICE_ATTRIBUTE]: price.benefit_id },
        })),
    }))
  )
  return [...(await idsIn())].filter((id) => !before.has(id))
}
