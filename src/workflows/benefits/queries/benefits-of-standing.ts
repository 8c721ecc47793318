import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE, type BenefitType, type MembershipModuleService, grantedBenefits } from "../../../modules/membership"
import type { ShopperBenefit, ShopperStanding } from "../utils/shopper-benefits"

/** The live benefits of the given types a standing grants. */
export async function benefitsOfStanding(
  container: MedusaContainer,
  standing: ShopperStanding,
  types: BenefitType[] | undefined,
  now: Date
): Promise<ShopperBenefit[]> {
  if (!standing.plan_ids.length && !standing.tier_rank) {
    return []
  }
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const catalogue = (await membership.listMembershipBenefits({
    status: "active",
    ...(types ? { type: types } : {}),
  })) as unknown as ShopperBenefit[]
  return grantedBenefits(catalogue, standing, standing.tier_ranks, now)
}
