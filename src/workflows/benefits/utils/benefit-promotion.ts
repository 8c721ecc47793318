import type { PromotionDTO } from "@medusajs/framework/types"
import { type MemberPromotionState } from "../../../modules/membership"

export const WITH_RULES = { relations: ["application_method", "application_method.target_rules", "application_method.target_rules.values"] }

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
