/**
 * The lock every workflow that changes a membership holds (Medusa's locking module, so it
 * holds across server and worker instances): renewals, purchases, webhooks and merchant or
 * shopper actions on one membership run one after another, each on fresh state.
 */
export const membershipLockKey = (membershipId: string) => `membership:${membershipId}`

/** Before a customer's first membership exists, purchases lock on the customer. */
export const customerMembershipLockKey = (customerId: string) => `membership:customer:${customerId}`

/** Long enough for a renewal's checkout; a holder that dies releases it when this runs out. */
export const MEMBERSHIP_LOCK = { timeout: 60, ttl: 300 }

/**
 * An order's reconciliation of one ledger (`points`, `growth`, …) runs one at a time per order,
 * under `<ledger>:order:<order id>`; use it as a `transform` of the workflow's input.
 */
export const orderLedgerLockKey =
  (ledger: string) =>
  ({ input }: { input: { order_id: string } }) =>
    `${ledger}:order:${input.order_id}`

/** An order's reconciliation is short; a holder that dies releases it within two minutes. */
export const ORDER_LEDGER_LOCK = { timeout: 30, ttl: 120 }
