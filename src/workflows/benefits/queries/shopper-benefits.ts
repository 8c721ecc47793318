import type { MedusaContainer } from "@medusajs/framework/types"
import type { BenefitType } from "../../../modules/membership"
import type { ShopperBenefit } from "../utils/shopper-benefits"
import { benefitsOfStanding } from "./benefits-of-standing"
import { shopperStanding } from "./shopper-standing"

/**
 * The live benefits of the given types a shopper is entitled to now (see `shopperStanding`),
 * each at most once. `readScope`: see `readOnceInScope`.
 */
export async function shopperBenefits(
  container: MedusaContainer,
  customerId: string | null | undefined,
  options: { cartVariantIds?: (string | null | undefined)[]; types?: BenefitType[]; now?: Date; readScope?: string } = {}
): Promise<ShopperBenefit[]> {
  const now = options.now ?? new Date()
  const standing = await shopperStanding(container, customerId, options.cartVariantIds, now, options.readScope)
  return benefitsOfStanding(container, standing, options.types, now, options.readScope)
}
