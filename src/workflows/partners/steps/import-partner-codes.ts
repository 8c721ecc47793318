import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"
import { type CodeImportInput, PARTNER_MODULE, type PartnerModuleService } from "../../../modules/partner"
import { benefitPartnerLinks, type BenefitPartnerRow, partnerConfigOf } from "../utils/partner-benefits"

export type ImportPartnerCodesInput = Omit<CodeImportInput, "now">

const partners = (container: MedusaContainer) => container.resolve<PartnerModuleService>(PARTNER_MODULE)

export const importPartnerCodesStepId = "import-partner-codes"

/**
 * Imports a CSV of codes into the pool of one of the partner's `pool` benefits (one linked to
 * the partner, else a 404; the module
 * writes them in one transaction, or nothing). Rollback deletes the codes of the import that
 * were not claimed yet, and the import's row.
 */
export const importPartnerCodesStep = createStep(
  importPartnerCodesStepId,
  async (input: ImportPartnerCodesInput, { container }) => {
    const { data: links } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph(benefitPartnerLinks({ membership_benefit_id: input.benefit_id, partner_id: input.partner_id }))
    const [benefit] = (links as BenefitPartnerRow[]).length
      ? await container.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).listMembershipBenefits({ id: input.benefit_id, type: "partner" })
      : []
    if (!benefit) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Partner benefit ${input.benefit_id} was not found`)
    }
    if (partnerConfigOf(benefit).code_source !== "pool") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This benefit's codes are generated: it has no pool to import into")
    }
    const report = await partners(container).importPartnerCodes(input)
    return new StepResponse(report, report.import_id)
  },
  async (importId, { container }) => {
    if (!importId) {
      return
    }
    const service = partners(container)
    const codes = await service.listPartnerCodes({ import_id: importId, status: "available" }, { select: ["id"] })
    if (codes.length) {
      await service.deletePartnerCodes(codes.map((code) => code.id))
    }
    await service.deletePartnerCodeImports(importId)
  }
)
