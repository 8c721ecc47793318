/** How one of Stripe's test cards behaves; see https://docs.stripe.com/testing. */
export type TestCard = {
  brand: string
  last4: string
  /** Every charge is declined with this error. */
  decline?: { code: string; decline_code: string; message: string }
  /** Attaching the card to a customer is declined as well (Stripe checks it then). */
  declinesOnAttach?: boolean
  /** 3-D Secure on every payment: on-session it needs action, off-session it is declined. */
  requiresAuthentication?: boolean
}

const declined = { code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." }

/** The test payment method ids Stripe accepts in place of a real card. */
export const TEST_CARDS: Record<string, TestCard> = {
  pm_card_visa: { brand: "visa", last4: "4242" },
  pm_card_mastercard: { brand: "mastercard", last4: "4444" },
  pm_card_chargeDeclined: { brand: "visa", last4: "0002", decline: declined, declinesOnAttach: true },
  pm_card_chargeDeclinedInsufficientFunds: {
    brand: "visa",
    last4: "9995",
    decline: { code: "card_declined", decline_code: "insufficient_funds", message: "Your card has insufficient funds." },
    declinesOnAttach: true,
  },
  // Can be saved, then every charge fails: the card that lets a test save a card and fail a renewal.
  pm_card_chargeCustomerFail: { brand: "visa", last4: "0341", decline: declined },
  pm_card_authenticationRequired: { brand: "visa", last4: "3184", requiresAuthentication: true },
}

export const AUTHENTICATION_REQUIRED = {
  code: "authentication_required",
  decline_code: "authentication_required",
  message: "Your card was declined. This transaction requires authentication.",
}
