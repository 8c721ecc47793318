import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE } from "../../modules/membership"
import type MembershipModuleService from "../../modules/membership/service"
import { fitsCurrencyPrecision } from "../../modules/membership/utils/member-prices"
import { currencyDigits } from "../../modules/membership/utils/money"
import { POINTS_MODULE } from "../../modules/points"
import { type MallItemLike, mallItemProblem } from "../../modules/points/mall/mall-rules"
import type PointsModuleService from "../../modules/points/service"

export type MallItemFields = Partial<MallItemLike> & {
  name?: string
  description?: string | null
  image_url?: string | null
  currency_code?: string | null
}

const points = (container: MedusaContainer) => container.resolve<PointsModuleService>(POINTS_MODULE)

/**
 * Checks what the request alone cannot, on the item as it will be (stored values merged with
 * the change): the kind's own fields, the window, that the variant and the tiers exist and
 * that a partner benefit is one.
 */
async function assertMallItem(container: MedusaContainer, merged: MallItemFields, change: MallItemFields) {
  const problem = mallItemProblem(merged as MallItemLike)
  if (problem) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
  }
  const coupon = merged.coupon
  if (coupon?.value_type === "fixed" && coupon.currency_code && !fitsCurrencyPrecision(Number(coupon.value), coupon.currency_code)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `coupon.value: ${coupon.currency_code.toUpperCase()} amounts have at most ${currencyDigits(coupon.currency_code)} decimals`
    )
  }
  if (merged.cash_price != null && merged.currency_code && !fitsCurrencyPrecision(Number(merged.cash_price), merged.currency_code)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `cash_price: ${merged.currency_code.toUpperCase()} amounts have at most ${currencyDigits(merged.currency_code)} decimals`
    )
  }
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
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const found = new Set((await membership.listMembershipTiers({ id: change.tier_ids }, { select: ["id"] })).map((tier) => tier.id))
    const missing = [...new Set(change.tier_ids)].filter((id) => !found.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `tier_ids: unknown tiers ${missing.join(", ")}`)
    }
  }
}

/** Creates a mall item after checking it; rollback deletes it. */
export const createPointsMallItemStep = createStep(
  "create-points-mall-item",
  async (input: MallItemFields & { name: string; kind: MallItemLike["kind"]; points_price: number }, { container }) => {
    const fields = { tier_ids: [], ...input }
    await assertMallItem(container, fields, fields)
    const item = await points(container).createPointsMallItems(fields as never)
    return new StepResponse(item, item.id)
  },
  async (id, { container }) => {
    if (id) {
      await points(container).deletePointsMallItems(id)
    }
  }
)

/** Updates a mall item (its kind stays); rollback writes the previous values back. */
export const updatePointsMallItemStep = createStep(
  "update-points-mall-item",
  async (input: MallItemFields & { id: string }, { container }) => {
    const service = points(container)
    const previous = await service.retrievePointsMallItem(input.id)
    const { id, ...change } = input
    await assertMallItem(container, { ...(previous as unknown as MallItemFields), ...change }, change)
    const item = await service.updatePointsMallItems({ id, ...change } as never)
    const restore = Object.fromEntries(Object.keys(change).map((key) => [key, previous[key as keyof typeof previous]]))
    return new StepResponse(item, { ...restore, id })
  },
  async (restore, { container }) => {
    if (restore) {
      await points(container).updatePointsMallItems(restore as never)
    }
  }
)

/** Soft-deletes a mall item (its redemptions stay); rollback restores it. */
export const deletePointsMallItemStep = createStep(
  "delete-points-mall-item",
  async (id: string, { container }) => {
    await points(container).softDeletePointsMallItems([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      await points(container).restorePointsMallItems([id])
    }
  }
)
