import { roundMoney } from "../../../lib/money"
import { orderGoods, type OrderSwaps } from "../../../modules/tier"

export type OrderMoneyRow = {
  id: string
  customer_id: string | null
  currency_code: string
  status: string
  created_at: string | Date
  total: number
  shipping_total: number
  tax_total: number
  shipping_tax_total: number
  customer?: { has_account?: boolean } | null
}

/**
 * What has happened to an order's money and goods: captured and refunded amounts, whether it is
 * canceled, its goods and the part of them returned. Growth and benefit usage are both reversed
 * in proportion to these.
 */
export type OrderReversalState = {
  order: OrderMoneyRow
  captured: number
  refunded: number
  canceled: boolean
  goods: number
  returned: number
}

/** An order as read for its reversal state. */
export type OrderReversalRow = OrderMoneyRow & {
  items?: { id: string; quantity: number; total: number; return_received_total?: number | null; return_dismissed_total?: number | null }[]
  payment_collections?: { payments?: { captures?: { amount: number }[]; refunds?: { amount: number }[] }[] }[]
}

/** An order exchange or claim as read for what it sent out and took back. */
export type OrderSwapRow = {
  additional_items?: { item_id: string; is_additional_item?: boolean }[]
  return?: { items?: { item_id: string; received_quantity: number }[] } | null
}

/** The order's reversal state, from the order and its exchanges' and claims' goods (`orderSwaps`). */
export function orderReversalState(order: OrderReversalRow, swaps: OrderSwaps): OrderReversalState {
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection.payments ?? [])
  const sum = (values: { amount: number }[]) => values.reduce((total, value) => total + Number(value.amount), 0)
  // A return takes back the returned goods' share. Medusa's item.total only counts the quantity
  // not returned; the returned goods have their own totals. Exchanges and claims receive goods
  // through returns too, but they swap goods: nothing is returned.
  const { goods, returned } = orderGoods(
    (order.items ?? []).map((item) => ({
      id: item.id,
      quantity: Number(item.quantity),
      total: Number(item.total),
      returned_total: Number(item.return_received_total ?? 0) + Number(item.return_dismissed_total ?? 0),
    })),
    swaps
  )
  return {
    order,
    captured: sum(payments.flatMap((payment) => payment.captures ?? [])),
    refunded: sum(payments.flatMap((payment) => payment.refunds ?? [])),
    canceled: order.status === "canceled",
    goods,
    returned,
  }
}

/**
 * What the order's exchanges and claims sent out (their additional items; a claim lists the
 * claimed items with them) and took back (what their returns received, damaged or not).
 */
export function orderSwaps(exchangeRows: OrderSwapRow[], claimRows: OrderSwapRow[]): OrderSwaps {
  const sent = [
    ...exchangeRows.flatMap((exchange) => exchange.additional_items ?? []),
    ...claimRows.flatMap((claim) => (claim.additional_items ?? []).filter((item) => item.is_additional_item)),
  ]
  const takenBack = new Map<string, number>()
  for (const item of [...exchangeRows, ...claimRows].flatMap((swap) => swap.return?.items ?? [])) {
    takenBack.set(item.item_id, (takenBack.get(item.item_id) ?? 0) + Number(item.received_quantity))
  }
  return { sent: new Set(sent.map((item) => item.item_id)), taken_back: takenBack }
}

/** Whether the order's payment is fully captured: in the currency's units, as captures in parts add up in binary floats (30.74 + 1.39 + 0.87 < 33). */
export function fullyCaptured({ order, captured }: OrderReversalState): boolean {
  return captured > 0 && roundMoney(captured, order.currency_code) >= roundMoney(Number(order.total), order.currency_code)
}

/** The order's money as growth and points are earned on it: what was captured, with the shipping and tax a program may leave out. */
export const paidOrderMoney = ({ order, captured }: OrderReversalState) => ({
  currency_code: order.currency_code,
  paid_total: captured,
  shipping_total: Number(order.shipping_total),
  tax_total: Number(order.tax_total),
  shipping_tax_total: Number(order.shipping_tax_total),
})
