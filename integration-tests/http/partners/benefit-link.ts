import type { MedusaSuiteOptions } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../src/modules/membership"
import { PARTNER_MODULE, type PartnerModuleService } from "../../../src/modules/partner"
import linkPartnerBenefits from "../../../src/migration-scripts/link-partner-benefits"
import MembershipBenefitPartner from "../../../src/links/membership-benefit-partner"
import { updateMembershipBenefitWorkflow } from "../../../src/workflows/benefits/workflows/update-membership-benefit"
import { adminHeaders } from "../../helpers/auth"
import { failure } from "../../helpers/http"

const failStep = createStep("test-fail-after-benefit-update", async (benefit: { id: string }) => {
  throw new Error("failed after the update")
  return new StepResponse(benefit.id)
})

/** The benefit update, then a failure: the update's steps are compensated. */
const updateThenFail = createWorkflow("test-update-benefit-then-fail", (input: { id: string; config: Record<string, unknown> }) => {
  const benefit = updateMembershipBenefitWorkflow.runAsStep({ input })
  failStep(benefit)
  return new WorkflowResponse(null)
})

export const benefitLinkSuite = ({ api, getContainer }: MedusaSuiteOptions) =>
  describe("benefit link", () => {
    let admin: Awaited<ReturnType<typeof adminHeaders>>

    const partners = () => getContainer().resolve<PartnerModuleService>(PARTNER_MODULE)
    const membership = () => getContainer().resolve<MembershipModuleService>(MEMBERSHIP_MODULE)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    /** The benefit's partner as Query reads it through the link. */
    const linkedPartner = async (benefitId: string) => {
      const { data } = await query().graph({ entity: "membership_benefit", fields: ["id", "partner.id"], filters: { id: benefitId } })
      return (data[0] as { partner?: { id: string } | null } | undefined)?.partner?.id ?? null
    }
    const linkRows = async () =>
      (await query().graph({ entity: MembershipBenefitPartner.entryPoint, fields: ["membership_benefit_id", "partner_id"] })).data
    const createPartner = async (name: string) => (await api.post("/admin/partners", { name }, admin)).data.partner
    const createBenefit = async (partnerId: string) =>
      (await api.post("/admin/membership/benefits", { name: "Video month", type: "partner", config: { partner_id: partnerId } }, admin)).data.benefit
    const benefitsOf = async (partnerId: string) =>
      (await api.get(`/admin/partners/${partnerId}/benefits`, admin)).data.benefits.map((benefit: { id: string }) => benefit.id)

    beforeEach(async () => {
      admin = await adminHeaders(api, getContainer())
    })

    it("links a partner benefit created before the link (partner only in its config) when the migration script runs, once", async () => {
      const partner = await createPartner("StreamCo Video")
      const config = { partner_id: partner.id, entitlement: "ever", code_source: "pool", code_valid_days: null, low_stock_threshold: 10, void_window_hours: 72 }
      const old = (await membership().createMembershipBenefits({ name: "Old video month", type: "partner", config, plan_ids: [], tier_ids: [] } as never)) as unknown as {
        id: string
      }
      const gone = (await membership().createMembershipBenefits({ name: "Deleted", type: "partner", config, plan_ids: [], tier_ids: [] } as never)) as unknown as {
        id: string
      }
      await membership().softDeleteMembershipBenefits([gone.id])
      await membership().createMembershipBenefits({ name: "Other type", type: "free_shipping", config: {}, plan_ids: [], tier_ids: [] } as never)
      expect(await linkedPartner(old.id)).toBeNull()
      expect(await benefitsOf(partner.id)).toEqual([])

      await linkPartnerBenefits({ container: getContainer(), args: [] } as never)
      expect(await linkedPartner(old.id)).toBe(partner.id)
      expect(await benefitsOf(partner.id)).toEqual([old.id])
      // The admin still sees the partner in the config, as before.
      expect((await api.get(`/admin/membership/benefits/${old.id}`, admin)).data.benefit.config.partner_id).toBe(partner.id)

      await linkPartnerBenefits({ container: getContainer(), args: [] } as never)
      expect(await linkRows()).toEqual([{ membership_benefit_id: old.id, partner_id: partner.id }])
    })

    it("writes the link when a partner benefit is created, moves it with config.partner_id and dismisses it on delete", async () => {
      const stream = await createPartner("StreamCo Video")
      const other = await createPartner("Other")
      const benefit = await createBenefit(stream.id)
      expect(await linkedPartner(benefit.id)).toBe(stream.id)
      expect(await benefitsOf(stream.id)).toEqual([benefit.id])

      const moved = await api.post(`/admin/membership/benefits/${benefit.id}`, { config: { partner_id: other.id } }, admin)
      expect(moved.data.benefit.config.partner_id).toBe(other.id)
      expect(await linkedPartner(benefit.id)).toBe(other.id)
      expect(await benefitsOf(stream.id)).toEqual([])
      expect(await benefitsOf(other.id)).toEqual([benefit.id])
      // Another change of the config leaves the link as it is.
      await api.post(`/admin/membership/benefits/${benefit.id}`, { config: { partner_id: other.id, entitlement: "month" } }, admin)
      expect(await linkRows()).toEqual([{ membership_benefit_id: benefit.id, partner_id: other.id }])

      // A failure after the update writes the previous config and link back.
      const { errors } = await updateThenFail(getContainer()).run({ input: { id: benefit.id, config: { partner_id: stream.id } }, throwOnError: false })
      expect(errors.map((error) => error.error.message)).toEqual(["failed after the update"])
      expect(await linkedPartner(benefit.id)).toBe(other.id)
      expect((await membership().retrieveMembershipBenefit(benefit.id)).config).toMatchObject({ partner_id: other.id })

      const refused = await failure(api.delete(`/admin/partners/${other.id}`, admin))
      expect(refused.status).toBe(400)
      await api.delete(`/admin/membership/benefits/${benefit.id}`, admin)
      expect(await linkRows()).toEqual([])
      expect(await benefitsOf(other.id)).toEqual([])
      expect((await api.delete(`/admin/partners/${other.id}`, admin)).data).toMatchObject({ id: other.id, deleted: true })
      expect(await partners().listPartners({ id: other.id })).toEqual([])
    })
  })
