import { MedusaError } from "@medusajs/framework/utils"
import { fitsCurrencyPrecision } from "../../../modules/membership"
import { currencyDigits } from "../../../lib/money"
import { type MallItemLike, mallItemProblem } from "../../../modules/points"

export type MallItemFields = Partial<MallItemLike> & {
  name?: string
  description?: string | null
  image_url?: string | null
  currency_code?: string | null
}

/** Checks the item as it will be (stored values merged with the change): the kind's own fields, the window, the amounts' precision. */
export function assertMallItemFields(merged: MallItemFields) {
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
}
