import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE, type MembershipModuleService } from "../../../modules/membership"

export const recordMembershipWebhookEventStepId = "record-membership-webhook-event"

/**
 * Records a provider event id once. A redelivered event finds its row (or loses the race on the
 * unique index) and is reported as a duplicate; if handling fails, the row is removed again so
 * the provider's next delivery is handled.
 */
export const recordMembershipWebhookEventStep = createStep(
  recordMembershipWebhookEventStepId,
  async (input: { provider: string; event_id: string; type: string }, { container }) => {
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const seen = async () => (await membership.listWebhookEvents({ event_id: input.event_id }, { select: ["id"] })).length > 0
    if (await seen()) {
      return new StepResponse({ duplicate: true }, null)
    }
    try {
      const row = await membership.createWebhookEvents({ ...input, received_at: new Date() })
      return new StepResponse({ duplicate: false }, row.id)
    } catch (error) {
      if (await seen()) {
        return new StepResponse({ duplicate: true }, null)
      }
      throw error
    }
  },
  async (rowId, { container }) => {
    if (rowId) {
      const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
      await membership.deleteWebhookEvents(rowId)
    }
  }
)
