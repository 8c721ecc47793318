import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MEMBERSHIP_MODULE } from "../../modules/membership"
import type MembershipModuleService from "../../modules/membership/service"
import {
  MEMBER_PRICE_ATTRIBUTE,
  type MemberPriceAddition,
  memberPriceBenefitId,
  memberPriceChanges,
  type StoredPrice,
} from "../../modules/membership/utils/member-prices"
import { plansByVariant } from "../utils/plans-by-variant"
import { storeCurrencies } from "../utils/store-currencies"
import { VARIANT_PRICE_FIELDS, type VariantWithPrices } from "../utils/variant-prices"

export type MemberPriceInput = { variant_id: string; benefit_id: string; currency_code: string; amount: number | null }
export type SetMemberPricesInput = { product_id: string; prices: MemberPriceInput[] }

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * Checks the rows against the catalogue (the product's variants, member_price benefits, the
 * store's currencies) and works out which stored member prices to remove and which to add.
 */
export const planMemberPricesStep = createStep(
  "plan-member-prices",
  async (input: SetMemberPricesInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const membership: MembershipModuleService = container.resolve(MEMBERSHIP_MODULE)
    const benefitIds = [...new Set(input.prices.map((row) => row.benefit_id))]
    const [{ data: products }, benefits, currencies] = await Promise.all([
      query.graph({
        entity: "product",
        fields: ["id", ...VARIANT_PRICE_FIELDS.map((field) => `variants.${field}`), "variants.id"],
        filters: { id: input.product_id },
      }),
      benefitIds.length ? membership.listMembershipBenefits({ id: benefitIds }, { select: ["id", "type"] }) : [],
      storeCurrencies(container),
    ])
    const product = products[0] as { variants?: VariantWithPrices[] | null } | undefined
    if (!product) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`)
    }
    const variants = new Map((product.variants ?? []).map((variant) => [variant.id, variant]))
    const foreign = [...new Set(input.prices.map((row) => row.variant_id).filter((id) => !variants.has(id)))]
    if (foreign.length) {
      throw invalid(`Not variants of product ${input.product_id}: ${foreign.join(", ")}`)
    }
    const types = new Map(benefits.map((benefit) => [benefit.id, benefit.type]))
    const unknown = benefitIds.filter((id) => !types.has(id))
    if (unknown.length) {
      throw invalid(`Unknown benefit ids: ${unknown.join(", ")}`)
    }
    const wrongType = benefitIds.filter((id) => types.get(id) !== "member_price")
    if (wrongType.length) {
      throw invalid(`Not member_price benefits: ${wrongType.join(", ")}`)
    }
    const foreignCurrencies = [...new Set(input.prices.map((row) => row.currency_code).filter((code) => !currencies.includes(code)))]
    if (foreignCurrencies.length) {
      throw invalid(`Not a currency of the store (${currencies.join(", ")}): ${foreignCurrencies.join(", ")}`)
    }
    if ((await plansByVariant(container, [...variants.keys()])).size) {
      throw invalid("A membership plan's product is priced by its plan (prices per tier); it takes no member prices")
    }
    const unpriced = [...new Set(input.prices.filter((row) => !variants.get(row.variant_id)?.price_set).map((row) => row.variant_id))]
    if (unpriced.length) {
      throw invalid(`Variants without prices (give them a regular price first): ${unpriced.join(", ")}`)
    }
    const existing = [...variants.values()].flatMap((variant) =>
      (variant.price_set?.prices ?? []).map((price) => ({ ...price, price_set_id: variant.price_set!.id }))
    )
    const changes = memberPriceChanges(
      input.prices.map((row) => ({ ...row, price_set_id: variants.get(row.variant_id)!.price_set!.id })),
      existing
    )
    return new StepResponse(changes)
  }
)

type RemovedPrice = MemberPriceAddition

/**
 * Deletes member prices: the given ones and every member price of the given benefits (a deleted
 * benefit's prices). Compensation adds them back.
 */
export const removeMemberPricesStep = createStep(
  "remove-member-prices",
  async (input: { price_ids?: string[]; benefit_ids?: string[] }, { container }) => {
    const pricing = container.resolve(Modules.PRICING)
    const ids = new Set(input.price_ids ?? [])
    if (input.benefit_ids?.length) {
      const rules = await pricing.listPriceRules({ attribute: MEMBER_PRICE_ATTRIBUTE, value: input.benefit_ids } as never, {
        select: ["price_id"],
      })
      rules.forEach((rule) => ids.add(rule.price_id))
    }
    if (!ids.size) {
      return new StepResponse([] as string[], [] as RemovedPrice[])
    }
    const prices = await pricing.listPrices({ id: [...ids] }, {
      select: ["id", "amount", "currency_code", "price_set_id", "price_list_id"],
      relations: ["price_rules"],
    })
    const removed = prices.flatMap((price) => {
      const benefitId = memberPriceBenefitId(price as unknown as StoredPrice)
      return benefitId && price.price_set_id && price.currency_code
        ? [{ id: price.id, price_set_id: price.price_set_id, benefit_id: benefitId, currency_code: price.currency_code, amount: Number(price.amount) }]
        : []
    })
    if (removed.length) {
      await pricing.removePrices(removed.map((price) => price.id))
    }
    return new StepResponse(
      removed.map((price) => price.id),
      removed.map((price) => ({
        price_set_id: price.price_set_id,
        benefit_id: price.benefit_id,
        currency_code: price.currency_code,
        amount: price.amount,
      }))
    )
  },
  async (removed, { container }) => {
    if (removed?.length) {
      await addMemberPrices(container, removed)
    }
  }
)

/** Adds member prices to their price sets; compensation removes the prices it created. */
export const addMemberPricesStep = createStep(
  "add-member-prices",
  async (additions: MemberPriceAddition[], { container }) => {
    const created = additions.length ? await addMemberPrices(container, additions) : []
    return new StepResponse(created, created)
  },
  async (created, { container }) => {
    if (created?.length) {
      await container.resolve(Modules.PRICING).removePrices(created)
    }
  }
)

/** Adds the prices and returns the ids of those created (`addPrices` answers with whole price sets). */
async function addMemberPrices(container: MedusaContainer, additions: MemberPriceAddition[]): Promise<string[]> {
  const pricing = container.resolve(Modules.PRICING)
  const priceSetIds = [...new Set(additions.map((price) => price.price_set_id))]
  const idsIn = async () =>
    new Set((await pricing.listPrices({ price_set_id: priceSetIds }, { select: ["id"] })).map((price) => price.id))
  const before = await idsIn()
  await pricing.addPrices(
    priceSetIds.map((priceSetId) => ({
      priceSetId,
      prices: additions
        .filter((price) => price.price_set_id === priceSetId)
        .map((price) => ({
          amount: price.amount,
          currency_code: price.currency_code,
          rules: { [MEMBER_PRICE_ATTRIBUTE]: price.benefit_id },
        })),
    }))
  )
  return [...(await idsIn())].filter((id) => !before.has(id))
}
