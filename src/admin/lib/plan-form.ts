import type { CreatePlanBody, MembershipPlan, PlanInterval, PlanStatus, RefundPolicy } from "../../types/http"
import type { EntityForm } from "./entity-form"
import { FormValueError, newRowKey, numberList, wholeNumber } from "./form-values"

/** One row of the prices editor, as typed. */
export type PriceRow = { key: string; currency_code: string; amount: string; min_tier_rank: string }

/** The plan form as typed: numbers stay strings until submit. */
export type PlanFormValues = {
  name: string
  handle: string
  description: string
  status: PlanStatus
  interval: PlanInterval
  interval_count: string
  trial_days: string
  grace_days: string
  dunning_offsets: string
  refund_policy: RefundPolicy
  prices: PriceRow[]
}

export const newPriceRow = (row: Partial<Omit<PriceRow, "key">> = {}): PriceRow => ({
  key: newRowKey("price"),
  currency_code: "",
  amount: "",
  min_tier_rank: "",
  ...row,
})

export const emptyPlanForm = (): PlanFormValues => ({
  name: "",
  handle: "",
  description: "",
  status: "active",
  interval: "month",
  interval_count: "1",
  trial_days: "0",
  grace_days: "0",
  dunning_offsets: "1, 3, 5",
  refund_policy: "prorated",
  prices: [newPriceRow()],
})

export const planToForm = (plan: MembershipPlan): PlanFormValues => ({
  name: plan.name,
  handle: plan.handle,
  description: plan.description ?? "",
  status: plan.status,
  interval: plan.interval,
  interval_count: String(plan.interval_count),
  trial_days: String(plan.trial_days),
  grace_days: String(plan.grace_days),
  dunning_offsets: (plan.dunning_offsets ?? []).join(", "),
  refund_policy: plan.refund_policy,
  prices: plan.prices.length
    ? plan.prices.map((price) =>
        newPriceRow({
          currency_code: price.currency_code.toUpperCase(),
          amount: String(price.amount),
          min_tier_rank: price.min_tier_rank == null ? "" : String(price.min_tier_rank),
        })
      )
    : [newPriceRow()],
})

const dunningDays = (value: string) => numberList(value, "Dunning retry days")

const prices = (rows: PriceRow[]) =>
  rows
    .filter((row) => row.currency_code.trim() || row.amount.trim() || row.min_tier_rank.trim())
    .map((row, index) => {
      const amount = Number(row.amount.trim())
      if (!row.amount.trim() || !Number.isFinite(amount)) {
        throw new FormValueError(`Price ${index + 1}: enter an amount, e.g. 88.00`)
      }
      return {
        currency_code: row.currency_code.trim().toLowerCase(),
        amount,
        min_tier_rank: wholeNumber(row.min_tier_rank, `Price ${index + 1} minimum tier rank`) ?? null,
      }
    })

/**
 * The request body for the form's values. Typing mistakes the server could not even receive
 * (a word where a number goes) throw a `FormValueError`; everything else is the server's to judge.
 */
export function formToBody(values: PlanFormValues): CreatePlanBody {
  return {
    name: values.name,
    handle: values.handle.trim() || undefined,
    description: values.description.trim() || null,
    status: values.status,
    interval: values.interval,
    interval_count: wholeNumber(values.interval_count, "Interval count"),
    trial_days: wholeNumber(values.trial_days, "Trial days"),
    grace_days: wholeNumber(values.grace_days, "Grace days"),
    dunning_offsets: dunningDays(values.dunning_offsets),
    refund_policy: values.refund_policy,
    prices: prices(values.prices),
  }
}

/** The handle is fixed once created. */
export const PLAN_FORM: EntityForm<MembershipPlan, PlanFormValues, CreatePlanBody> = {
  noun: "Plan",
  thing: "plan",
  toForm: planToForm,
  empty: emptyPlanForm,
  toBody: formToBody,
  fixed: ["handle"],
}
