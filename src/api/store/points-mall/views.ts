/** What a shopper sees of a mall item (not who it is reserved for). */
export const storeMallItemView = (item: Record<string, unknown>) => ({
  id: item.id,
  name: item.name,
  description: item.description,
  image_url: item.image_url,
  kind: item.kind,
  points_price: item.points_price,
  // Points plus money: the cash part, paid through the shopper's cart (POST /store/carts/:id/points-mall-items).
  cash_price: item.cash_price ?? null,
  currency_code: item.currency_code ?? null,
  variant_id: item.variant_id,
  coupon: item.coupon,
  stock: item.stock,
  limit_per_member: item.limit_per_member,
  limit_period: item.limit_period,
  starts_at: item.starts_at,
  ends_at: item.ends_at,
})

export const STORE_REDEMPTION_FIELDS = ["id", "item_id", "points", "cash_amount", "currency_code", "status", "order_id", "code", "created_at"] as const

/** What a shopper sees of a redemption: the documented fields only (not its transaction, key or raw amounts). */
export const storeRedemptionView = (redemption: Record<string, unknown>) =>
  Object.fromEntries(STORE_REDEMPTION_FIELDS.map((field) => [field, redemption[field] ?? null]))
