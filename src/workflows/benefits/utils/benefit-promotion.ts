import type { IPromotionModuleService, MedusaContainer, PromotionDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  type MemberPromotionState
} from "../../../modules/membership"
import { linkedPromotionIds } from "./member-promotions"

export const promotionModule = (container: MedusaContainer) => container.resolve<IPromotionModuleService>(Modules.PROMOTION)

export const WITH_RULES = { relations: ["application_method", "application_method.target_rules", "application_method.target_rules.values"] }

/** The benefit's promotion that is not deleted, with its current state. */
export async function livePromotion(container: MedusaContainer, benefitId: string) {
  const ids = await linkedPromotionIds(container, benefitId)
  const [promotion] = ids.length ? await promotionModule(container).listPromotions({ id: ids }, WITH_RULES) : []
  return promotion && { id: promotion.id, state: stateOf(promotion) }
}

export function stateOf(promotion: PromotionDTO): MemberPromotionState {
  const method = promotion.application_method!
  return {
    status: promotion.status === "active" ? "active" : "inactive",
    target_type: method.target_type as MemberPromotionState["target_type"],
    value: Number(method.value),
    target_rules: (method.target_rules ?? []).map((rule) => ({
      attribute: rule.attribute!,
      operator: "in" as const,
      values: (rule.values ?? []).map((value) => String(value.value)),
    })),
  }
}
