import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { BenefitUsage } from "./models/benefit-usage"
import { CartPricing } from "./models/cart-pricing"
import { Membership } from "./models/membership"
import { MemberCoupon } from "./models/member-coupon"
import { MembershipBenefit } from "./models/membership-benefit"
import { MembershipCharge } from "./models/membership-charge"
import { MembershipEvent } from "./models/membership-event"
import { MembershipPeriod } from "./models/membership-period"
import { MembershipPlan } from "./models/membership-plan"
import { WebhookEvent } from "./models/webhook-event"
import {
  benefitCostStatement,
  feesStatement,
  type InsightsRange,
  memberMovementsStatement,
  membersByStatusStatement,
  type MembershipInsights,
  mrrStatement,
} from "./insights/insights-sql"
import { claimCouponsStatement, couponRecipientsStatement, type CouponClaim, type CouponRecipientsQuery, type SqlStatement } from "./coupons/coupon-sql"
import { cartPricingKeyStatement } from "./pricing/cart-pricing-sql"
import type { EventActor, PeriodSource } from "./types"
import type { PartnerEntitlement } from "../../types/http"
import { normalizeOffsets, pastDueEndsAt } from "./utils/dunning"
import { LIVE_STATUSES, MEMBERSHIP_STATUS_FIELDS, type MembershipState, type Transition } from "./utils/lifecycle"
import { partnerEntitlementKey, type PartnerEntitlementKey } from "./utils/partner-entitlement"

export type MembershipModuleOptions = {
  /**
   * Payment provider that charges renewals when the order that bought the plan was not paid
   * through one (e.g. a free trial); e.g. "pp_stripe_stripe".
   */
  renewalPaymentProviderId?: string
  /**
   * Medusa's system provider (`pp_system_default`) records payments without taking money, so
   * renewals refuse it unless this is set — for demos and tests only.
   */
  renewWithSystemProvider?: boolean
  /** Stripe webhook signing secret for `POST /hooks/membership/stripe`. */
  stripeWebhookSecret?: string
  /** Stripe secret key, used to verify webhook payloads with the Stripe SDK. */
  stripeApiKey?: string
}

export type ApplyTransitionInput = {
  /** The membership to change; absent for a customer's first membership. */
  membership_id?: string
  create?: {
    customer_id: string
    email?: string | null
    region_id?: string | null
    currency_code?: string | null
    sales_channel_id?: string | null
    payment_provider_id?: string | null
    payment_method_id?: string | null
  }
  /** Extra fields to write beside the transition's (e.g. the payment method of the latest purchase). */
  also?: Record<string, unknown>
  transition: Transition
  actor: EventActor
  occurred_at: Date
  period?: { source: PeriodSource; order_id?: string | null; amount: number; currency_code?: string | null; note?: string | null }
  /** A period the transition takes back (soft-deleted with it, restored on revert). */
  void_period_id?: string
}

export type AppliedTransition = {
  membership_id: string
  created: boolean
  previous: Record<string, unknown> | null
  event_id: string
  period_id: string | null
  voided_period_id: string | null
}

const STATE_FIELDS: (keyof MembershipState)[] = ["plan_id", ...MEMBERSHIP_STATUS_FIELDS]

class MembershipModuleService extends MedusaService({
  MembershipPlan,
  Membership,
  MembershipEvent,
  MembershipPeriod,
  MembershipCharge,
  BenefitUsage,
  WebhookEvent,
  MembershipBenefit,
  MemberCoupon,
  CartPricing,
}) {
  protected readonly options_: MembershipModuleOptions

  constructor(container: Record<string, unknown>, options: MembershipModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = options ?? {}
  }

  async getOptions(): Promise<MembershipModuleOptions> {
    return this.options_
  }

  /**
   * Writes one lifecycle transition atomically: the membership's new state, the period it
   * grants (whose unique order id makes an order count once) and the history entry.
   */
  @InjectManager()
  async applyTransition(input: ApplyTransitionInput, @MedusaContext() sharedContext: Context = {}): Promise<AppliedTransition> {
    return this.applyTransition_(input, sharedContext)
  }

  /** Undoes `applyTransition` (workflow compensation). */
  @InjectManager()
  async revertTransition(applied: AppliedTransition, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    return this.revertTransition_(applied, sharedContext)
  }

  @InjectTransactionManager()
  protected async applyTransition_(input: ApplyTransitionInput, @MedusaContext() sharedContext: Context = {}): Promise<AppliedTransition> {
    const { transition } = input
    let membershipId = input.membership_id
    let previous: Record<string, unknown> | null = null
    let fromStatus: string | null = null

    if (membershipId) {
      const current = await this.retrieveMembership(membershipId, { select: [...STATE_FIELDS, "id"] }, sharedContext)
      const row = current as unknown as Record<string, unknown>
      previous = Object.fromEntries([...STATE_FIELDS, ...Object.keys(input.also ?? {})].map((key) => [key, row[key]]))
      fromStatus = current.status
      await this.updateMemberships({ id: membershipId, ...input.also, ...transition.update } as never, sharedContext)
    } else {
      const created = await this.createMemberships({ ...input.create, ...input.also, ...transition.update } as never, sharedContext)
      membershipId = (created as unknown as { id: string }).id
    }

    let periodId: string | null = null
    if (transition.period && input.period) {
      const period = await this.createMembershipPeriods(
        { membership_id: membershipId, ...transition.period, ...input.period } as never,
        sharedContext
      )
      periodId = (period as unknown as { id: string }).id
    }

    if (input.void_period_id) {
      await this.softDeleteMembershipPeriods([input.void_period_id], {}, sharedContext)
    }

    const event = await this.createMembershipEvents(
      {
        membership_id: membershipId,
        ...transition.event,
        data: transition.event.data ?? null,
        from_status: fromStatus,
        to_status: transition.update.status ?? fromStatus,
        actor: input.actor,
        occurred_at: input.occurred_at,
      } as never,
      sharedContext
    )

    return {
      membership_id: membershipId!,
      created: !input.membership_id,
      previous,
      event_id: (event as unknown as { id: string }).id,
      period_id: periodId,
      voided_period_id: input.void_period_id ?? null,
    }
  }

  @InjectTransactionManager()
  protected async revertTransition_(applied: AppliedTransition, @MedusaContext() sharedContext: Context = {}) {
    await this.deleteMembershipEvents(applied.event_id, sharedContext)
    if (applied.period_id) {
      await this.deleteMembershipPeriods(applied.period_id, sharedContext)
    }
    if (applied.voided_period_id) {
      await this.restoreMembershipPeriods([applied.voided_period_id], {}, sharedContext)
    }
    if (applied.created) {
      await this.deleteMemberships(applied.membership_id, sharedContext)
    } else if (applied.previous) {
      await this.updateMemberships({ id: applied.membership_id, ...applied.previous } as never, sharedContext)
    }
  }

  // Coupon drops (see coupons/coupon-sql.ts).

  /** The next customers, by id, a benefit reaches now (its plans' live members, its tiers and above). */
  @InjectManager()
  async nextCouponRecipients(query: CouponRecipientsQuery, @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    const rows = (await this.runSql(couponRecipientsStatement(query), sharedContext)) as { customer_id: string }[]
    return rows.map((row) => row.customer_id)
  }

  /** Inserts the coupon rows nobody claimed yet; returns the ids this call inserted. */
  @InjectManager()
  async claimMemberCoupons(claims: CouponClaim[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    if (!claims.length) {
      return []
    }
    const rows = (await this.runSql(claimCouponsStatement(claims), sharedContext)) as { id: string }[]
    return rows.map((row) => row.id)
  }

  /** The pricing context key a cart's lines were last priced under ("" when never recorded: the empty context). */
  async cartPricingKey(cartId: string): Promise<string> {
    const [row] = await this.listCartPricings({ cart_id: cartId }, { select: ["context_key"], take: 1 })
    return row?.context_key ?? ""
  }

  /** Records the pricing context key a cart's lines are now priced under (one row per cart). */
  @InjectManager()
  async setCartPricingKey(cartId: string, contextKey: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await this.runSql(cartPricingKeyStatement(cartId, contextKey), sharedContext)
  }

  /** The membership figures of a range (see insights/insights-sql.ts), each read from the ledgers, so a past range is as it was. */
  @InjectManager()
  async membershipInsights(range: InsightsRange, @MedusaContext() sharedContext: Context = {}): Promise<MembershipInsights> {
    const run = (statement: SqlStatement) => this.runSql(statement, sharedContext) as Promise<Record<string, unknown>[]>
    const amount = (row: Record<string, unknown>) => ({ currency_code: String(row.currency_code), amount: Number(row.amount) })
    const statuses = await run(membersByStatusStatement(range.to))
    const mrr = await run(mrrStatement(range.to))
    const [movements] = await run(memberMovementsStatement(range))
    return {
      members: Object.fromEntries(statuses.map((row) => [row.status as string, Number(row.count)])),
      mrr: mrr.map((row) => ({ ...amount(row), paying: Number(row.paying) })),
      new_members: Number(movements.new_members),
      churned_members: Number(movements.churned_members),
      members_at_start: Number(movements.members_at_start),
      fees: (await run(feesStatement(range))).map(amount),
      benefit_cost: (await run(benefitCostStatement(range))).map(amount),
    }
  }

  /** Runs one of the module's own SQL statements (coupons/coupon-sql.ts, pricing/cart-pricing-sql.ts), in the context's transaction or its own. */
  @InjectTransactionManager()
  protected async runSql(statement: SqlStatement, @MedusaContext() sharedContext: Context = {}): Promise<unknown[]> {
    const manager = sharedContext.transactionManager as { execute: (sql: string, bindings: unknown[]) => Promise<unknown[]> }
    return manager.execute(statement.sql, statement.bindings)
  }

  /**
   * The next memberships (by id, after `after`) that may need something at `now`: a due charge or
   * retry, a canceled period that ended, a past-due membership whose retries are over, a prepaid
   * switch to another plan.
   */
  async listDueMembershipIds(now: Date, after: string, take: number): Promise<string[]> {
    const due = await this.listMemberships(
      {
        id: { $gt: after },
        $or: [
          { status: ["trialing", "active", "past_due"], next_charge_at: { $lte: now } },
          { status: "canceled", current_period_end: { $lte: now } },
          { status: "past_due", next_charge_at: null },
          { status: ["trialing", "active", "past_due", "canceled"], next_plan_id: { $ne: null }, current_period_end: { $lte: now } },
        ],
      },
      { select: ["id"], order: { id: "ASC" }, take }
    )
    return due.map(({ id }) => id)
  }

  /**
   * The plan the customer was a paying member of when an order was placed: a period covering
   * that moment that was paid (or granted by the merchant), not a free trial and not the one this
   * order itself bought. Fixed by the order, so it does not depend on which event arrives first.
   */
  async paidPlanAt(customerId: string, placedAt: Date, orderId: string): Promise<string | null> {
    const [member] = await this.listMemberships({ customer_id: customerId }, { select: ["id"], take: 1 })
    if (!member) {
      return null
    }
    const periods = await this.listMembershipPeriods(
      { membership_id: member.id, starts_at: { $lte: placedAt }, ends_at: { $gt: placedAt } },
      { select: ["plan_id", "order_id", "amount", "source"] }
    )
    const paid = periods.find((period) => period.order_id !== orderId && (period.source === "manual" || Number(period.amount) > 0))
    return paid?.plan_id ?? null
  }

  /**
   * A customer's memberships that grant benefits at `now` (of the plans given, if any): live ones
   * whose period runs, and past-due ones until their last retry and grace period are over.
   */
  async grantingMemberships(customerId: string, now: Date, planIds?: string[]) {
    const live = await this.listMemberships(
      { customer_id: customerId, status: LIVE_STATUSES, ...(planIds ? { plan_id: planIds } : {}) },
      { select: ["id", "plan_id", "status", "current_period_start", "current_period_end"] }
    )
    const pastDue = live.filter((row) => row.status === "past_due")
    const pastDuePlans = pastDue.length
      ? await this.listMembershipPlans({ id: pastDue.map((row) => row.plan_id) }, { select: ["id", "grace_days", "dunning_offsets"] })
      : []
    const grantsUntil = (row: (typeof live)[number]) => {
      const end = new Date(row.current_period_end)
      const plan = row.status === "past_due" ? pastDuePlans.find((candidate) => candidate.id === row.plan_id) : undefined
      return plan ? pastDueEndsAt(end, normalizeOffsets(plan.dunning_offsets), plan.grace_days) : end
    }
    return live.filter((row) => grantsUntil(row) > now)
  }

  /**
   * The customer's entitlement for a partner benefit at `now`: their membership whose plan grants
   * the benefit and that grants benefits now (a past-due one too, see `grantingMemberships`), and
   * the membership period running at `now` — for a past-due one, the last period it paid for (a
   * membership without period rows, e.g. created by hand, counts its current period by its start).
   */
  async partnerEntitlement(input: {
    customer_id: string
    plan_ids: string[]
    entitlement: PartnerEntitlement
    now: Date
    /** The store's time zone (the tier program's), in which a month-long entitlement counts. */
    timezone: string
  }): Promise<PartnerEntitlementKey> {
    const [live] = input.plan_ids.length ? await this.grantingMemberships(input.customer_id, input.now, input.plan_ids) : []
    let periodKey: string | null = null
    if (live && input.entitlement === "period") {
      // The period running now, or for a past-due member the last one paid: its benefits go on.
      const [period] = await this.listMembershipPeriods(
        { membership_id: live.id, starts_at: { $lte: input.now } } as never,
        { select: ["id"], order: { starts_at: "DESC" }, take: 1 }
      )
      periodKey = period?.id ?? `${live.id}:${new Date(live.current_period_start).toISOString()}`
    }
    return {
      entitlement_key: partnerEntitlementKey(input.entitlement, periodKey, input.now, input.timezone),
      membership_id: live?.id ?? null,
    }
  }
}

export default MembershipModuleService
