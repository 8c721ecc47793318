import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE, type BenefitType, type MembershipModuleService, grantedBenefits } from "../../../modules/membership"
import { readOnceInScope } from "../../common/queries/read-once-in-scope"
import type { ShopperBenefit, ShopperStanding } from "../utils/shopper-benefits"

/**
 * The live benefits of the given types a standing grants. The active catalogue is read whole
 * (a store has tens of benefits) so that reads sharing a `readScope` read it once.
 */
export async function benefitsOfStanding(
  container: MedusaContainer,
  standing: ShopperStanding,
  types: BenefitType[] | undefined,
  now: Date,
  readScope?: string
): Promise<ShopperBenefit[]> {
  if (!standing.plan_ids.length && !standing.tier_rank) {
    return []
  }
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const active = (await readOnceInScope(container, readScope, "active-benefits", () =>
    membership.listMembershipBenefits({ status: "active" })
  )) as unknown as ShopperBenefit[]
  const catalogue = types ? active.filter((benefit) => types.includes(benefit.type)) : active
  return grantedBenefits(catalogue, standing, standing.tier_ranks, now)
}
