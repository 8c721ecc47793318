import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MEMBERSHIP_MODULE } from "../../modules/membership"
import type { BenefitType } from "../../modules/membership/models/membership-benefit"
import type MembershipModuleService from "../../modules/membership/service"
import { parseBenefitConfig } from "../../modules/membership/utils/benefit-config"
import { assertPartnerBenefitConfig } from "../utils/partner-benefits"

export type BenefitFields = {
  name?: string
  description?: string | null
  config?: Record<string, unknown>
  plan_ids?: string[]
  tier_ids?: string[]
  starts_at?: Date | null
  ends_at?: Date | null
  status?: "active" | "archived"
  cost_per_use?: number | null
  cost_per_member_month?: number | null
  cost_currency_code?: string | null
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks what the request alone cannot: the config against the benefit's type (filling in its
 * defaults; a partner benefit's partner exists and keeps its codes), that the plans and tiers
 * exist, and — with the stored values for an update — the window's order and the cost's currency.
 */
async function checked(
  container: MedusaContainer,
  type: BenefitType,
  fields: BenefitFields,
  stored: BenefitFields & { id?: string } = {}
) {
  const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
  const result: BenefitFields = { ...fields }
  if (fields.config !== undefined) {
    const parsed = parseBenefitConfig(type, fields.config)
    if ("error" in parsed) {
      throw invalid(parsed.error)
    }
    result.config = parsed.config
    if (type === "partner") {
      await assertPartnerBenefitConfig(container, parsed.config, stored.id ? { id: stored.id, config: stored.config } : undefined)
    }
  }
  const unknown = async (label: string, ids: string[] | undefined, list: (ids: string[]) => Promise<{ id: string }[]>) => {
    if (!ids?.length) {
      return
    }
    const found = new Set((await list(ids)).map((row) => row.id))
    const missing = [...new Set(ids)].filter((id) => !found.has(id))
    if (missing.length) {
      throw invalid(`Unknown ${label} ids: ${missing.join(", ")}`)
    }
  }
  await unknown("plan", fields.plan_ids, (ids) => membership.listMembershipPlans({ id: ids }, { select: ["id"] }))
  await unknown("tier", fields.tier_ids, (ids) => membership.listMembershipTiers({ id: ids }, { select: ["id"] }))
  const merged = { ...stored, ...result }
  if (merged.starts_at && merged.ends_at && new Date(merged.ends_at) <= new Date(merged.starts_at)) {
    throw invalid("ends_at must be after starts_at")
  }
  if ((merged.cost_per_use != null || merged.cost_per_member_month != null) && !merged.cost_currency_code) {
    throw invalid("cost_currency_code is required with a cost")
  }
  return result
}

/** Creates a benefit after checking it; rollback deletes it. */
export const createMembershipBenefitStep = createStep(
  "create-membership-benefit",
  async (input: BenefitFields & { name: string; type: BenefitType }, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const fields = await checked(container, input.type, { config: {}, plan_ids: [], tier_ids: [], ...input })
    const benefit = await membership.createMembershipBenefits({ ...fields, type: input.type } as never)
    return new StepResponse(benefit, benefit.id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).deleteMembershipBenefits(id)
    }
  }
)

/** Updates a benefit (its type stays); rollback writes the previous values back. */
export const updateMembershipBenefitStep = createStep(
  "update-membership-benefit",
  async (input: BenefitFields & { id: string }, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const previous = await membership.retrieveMembershipBenefit(input.id)
    const { id, ...fields } = input
    const update = await checked(container, previous.type, fields, previous as unknown as BenefitFields & { id: string })
    const benefit = await membership.updateMembershipBenefits({ id, ...update } as never)
    const restore = Object.fromEntries(Object.keys(update).map((key) => [key, previous[key as keyof typeof previous]]))
    return new StepResponse(benefit, { ...restore, id })
  },
  async (restore, { container }) => {
    if (restore) {
      await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).updateMembershipBenefits(restore as never)
    }
  }
)

/** Soft-deletes a benefit; rollback restores it. */
export const deleteMembershipBenefitStep = createStep(
  "delete-membership-benefit",
  async (id: string, { container }) => {
    await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).softDeleteMembershipBenefits([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).restoreMembershipBenefits([id])
    }
  }
)
