export type OrderPayment = { id: string; captured_at?: unknown; canceled_at?: unknown }

/** The payments that were only authorized (neither captured nor canceled). */
export function uncaptured(payments: OrderPayment[] | undefined): OrderPayment[] {
  return (payments ?? []).filter((payment) => !payment.captured_at && !payment.canceled_at)
}
