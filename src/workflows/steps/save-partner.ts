import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PARTNER_MODULE } from "../../modules/partner"
import type { PartnerStatus } from "../../modules/partner/models/partner"
import type PartnerModuleService from "../../modules/partner/service"
import { listPartnerBenefits } from "../utils/partner-benefits"

export type PartnerFields = {
  name?: string
  status?: PartnerStatus
  contact_name?: string | null
  contact_email?: string | null
  notes?: string | null
}

const partners = (container: MedusaContainer) => container.resolve<PartnerModuleService>(PARTNER_MODULE)

/** Creates a partner; rollback deletes it. */
export const createPartnerStep = createStep(
  "create-partner",
  async (input: PartnerFields & { name: string }, { container }) => {
    const partner = await partners(container).createPartners(input)
    return new StepResponse(partner, partner.id)
  },
  async (id, { container }) => {
    if (id) {
      await partners(container).deletePartners(id)
    }
  }
)

/** Updates a partner; rollback writes the previous values back. */
export const updatePartnerStep = createStep(
  "update-partner",
  async (input: PartnerFields & { id: string }, { container }) => {
    const service = partners(container)
    const previous = await service.retrievePartner(input.id)
    const { id, ...change } = input
    const partner = await service.updatePartners({ id, ...change })
    const restore = Object.fromEntries(Object.keys(change).map((key) => [key, previous[key as keyof typeof previous]]))
    return new StepResponse(partner, { ...restore, id })
  },
  async (restore, { container }) => {
    if (restore) {
      await partners(container).updatePartners(restore as never)
    }
  }
)

/**
 * Soft-deletes a partner that no benefit names any more (their codes and members' claims depend
 * on it; suspending stops its keys instead). Its keys stop working with it. Rollback restores it.
 */
export const deletePartnerStep = createStep(
  "delete-partner",
  async (id: string, { container }) => {
    await partners(container).retrievePartner(id)
    const benefits = await listPartnerBenefits(container, id)
    if (benefits.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The partner still has benefits (${benefits.map((benefit) => benefit.name).join(", ")}): delete them first, or suspend the partner`
      )
    }
    await partners(container).softDeletePartners([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) {
      await partners(container).restorePartners([id])
    }
  }
)
