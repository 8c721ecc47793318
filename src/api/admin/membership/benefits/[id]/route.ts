import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../../../modules/membership"
import { deleteMembershipBenefitWorkflow } from "../../../../../workflows/benefits/workflows/delete-membership-benefit"
import { updateMembershipBenefitWorkflow } from "../../../../../workflows/benefits/workflows/update-membership-benefit"
import type { AdminUpdateBenefitType } from "../validators"

const retrieveBenefit = (req: AuthenticatedMedusaRequest<unknown>) =>
  req.scope.resolve<MembershipModuleService>(MEMBERSHIP_MODULE).retrieveMembershipBenefit(req.params.id)

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ benefit: await retrieveBenefit(req) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateBenefitType>, res: MedusaResponse) => {
  await retrieveBenefit(req)
  const { result } = await updateMembershipBenefitWorkflow(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
  res.json({ benefit: result })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveBenefit(req)
  await deleteMembershipBenefitWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "membership_benefit", deleted: true })
}
