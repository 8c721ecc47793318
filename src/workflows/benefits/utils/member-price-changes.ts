import { MEMBER_PRICE_ATTRIBUTE, type MemberPriceAddition } from "../../../modules/membership"

/** The price sets member prices go to. */
export const priceSetIdsOf = (additions: MemberPriceAddition[]) => [...new Set(additions.map((price) => price.price_set_id))]

/** The pricing module's `addPrices` input for these member prices: per price set, each price with its member-price rule. */
export const memberPricesToAdd = (additions: MemberPriceAddition[]) =>
  priceSetIdsOf(additions).map((priceSetId) => ({
    priceSetId,
    prices: additions
      .filter((price) => price.price_set_id === priceSetId)
      .map((price) => ({
        amount: price.amount,
        currency_code: price.currency_code,
        rules: { [MEMBER_PRICE_ATTRIBUTE]: price.benefit_id },
      })),
  }))
