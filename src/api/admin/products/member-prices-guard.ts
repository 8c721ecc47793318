import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MEMBER_PRICE_ATTRIBUTE, memberPriceBenefitId } from "../../../modules/membership"
import { variantsWithPrices } from "../../../workflows/benefits/queries/variant-prices"

/*
 * Member prices live in the variants' price sets, which Medusa's own product API and admin know
 * only as currency and region prices: the admin's price grid would show a member price in its
 * currency's column, and saving a variant's prices replaces its whole price list. So Medusa's
 * product routes neither show member prices nor drop them; they are managed through
 * `/admin/membership/member-prices`.
 */

type PriceLike = { id?: string; rules?: Record<string, unknown> | null; price_rules?: { attribute: string }[] | null }

const isMemberPrice = (price: PriceLike | null) =>
  Boolean(price && (price.rules?.[MEMBER_PRICE_ATTRIBUTE] || price.price_rules?.some((rule) => rule.attribute === MEMBER_PRICE_ATTRIBUTE)))

/** The body with member prices taken out of every `prices` list in it (products, variants). */
export function withoutMemberPrices(body: unknown): unknown {
  if (Array.isArray(body)) {
    return body.map(withoutMemberPrices)
  }
  if (!body || typeof body !== "object" || Object.getPrototypeOf(body) !== Object.prototype) {
    return body
  }
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => [
      key,
      key === "prices" && Array.isArray(value)
        ? value.filter((price) => !isMemberPrice(price as PriceLike)).map(withoutMemberPrices)
        : withoutMemberPrices(value),
    ])
  )
}

/** Answers Medusa's product routes without member prices. */
export function hideMemberPrices(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = (body: unknown) => json(withoutMemberPrices(body))
  next()
}

type VariantPricesUpdate = {
  id?: string
  prices?: { id?: string; currency_code?: string; amount?: number; rules?: Record<string, string> }[]
}

/**
 * Keeps the variants' member prices when Medusa's product routes replace a variant's prices
 * (`POST /admin/products/:id` with `variants`, `.../variants/:variant_id`, `.../variants/batch`,
 * `/admin/products/batch` with products' `variants`):
 * each stored member price the update does not name is added to it unchanged.
 */
export async function keepMemberPrices(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    type Updates = { update?: (VariantPricesUpdate & { variants?: VariantPricesUpdate[] })[]; variants?: VariantPricesUpdate[] }
    const body = (req.validatedBody ?? {}) as VariantPricesUpdate & Updates
    // `update` lists variants on `/admin/products/:id/variants/batch`, products on `/admin/products/batch`.
    const updated = req.params.id ? body.update ?? [] : (body.update ?? []).flatMap((product) => product.variants ?? [])
    const updates = [
      ...(req.params.variant_id ? [{ ...body, id: req.params.variant_id, prices: body.prices }] : []),
      ...updated,
      ...(req.params.variant_id ? [] : body.variants ?? []),
    ].filter((update): update is Required<VariantPricesUpdate> => Boolean(update.id && update.prices))
    if (updates.length) {
      const variants = await variantsWithPrices(req.scope, updates.map((update) => update.id))
      for (const update of updates) {
        const named = new Set(update.prices.map((price) => price.id).filter(Boolean))
        for (const price of variants.get(update.id)?.price_set?.prices ?? []) {
          const benefitId = memberPriceBenefitId(price)
          // With its rule: Medusa merges the prices of a set that look alike (same currency, same rules).
          if (benefitId && !named.has(price.id)) {
            update.prices.push({
              id: price.id,
              currency_code: price.currency_code ?? undefined,
              amount: Number(price.amount),
              rules: { [MEMBER_PRICE_ATTRIBUTE]: benefitId },
            })
          }
        }
      }
    }
    next()
  } catch (error) {
    next(error)
  }
}
