import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { TIER_MODULE, type TierModuleService } from "../../../modules/tier"
import { assertMallItemFields, type MallItemFields } from "../utils/mall-item-fields"

/**
 * Checks what the request alone cannot, on the item as it will be (stored values merged with
 * the change): the kind's own fields, the window, that the variant and the tiers exist and
 * that a partner benefit is one.
 */
export async function assertMallItem(container: MedusaContainer, merged: MallItemFields, change: MallItemFields) {
  assertMallItemFields(merged)
  if (change.variant_id) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product_variant", fields: ["id"], filters: { id: change.variant_id } })
    if (!data.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `variant_id: unknown variant ${change.variant_id}`)
    }
  }
  if (change.partner_benefit_id) {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const [benefit] = await membership.listMembershipBenefits({ id: change.partner_benefit_id }, { select: ["id", "type"] })
    if (benefit?.type !== "partner") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `partner_benefit_id: ${change.partner_benefit_id} is not a partner benefit`)
    }
  }
  if (change.tier_ids?.length) {
    const tierModule: TierModuleService = container.resolve(TIER_MODULE)
    const found = new Set((await tierModule.listMembershipTiers({ id: change.tier_ids }, { select: ["id"] })).map((tier) => tier.id))
    const missing = [...new Set(change.tier_ids)].filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `tier_ids: unknown tiers ${missing.join(", ")}`)
    }
  }
}
