export type CartLine = { variant_id?: string | null; quantity: number | string }
export type SoldPlan = { id: string; name: string; status: string }

/**
 * Why these cart lines cannot buy a membership, or null when they can (or hold no plan): a
 * plan is bought by a signed-in customer, one at a time, one plan per cart, while it is sold.
 */
export function planLinesProblem(
  lines: CartLine[],
  plansByVariant: Map<string, SoldPlan>,
  customerHasAccount: boolean
): string | null {
  const quantities = new Map<string, { plan: SoldPlan; quantity: number }>()
  for (const line of lines) {
    const plan = line.variant_id ? plansByVariant.get(line.variant_id) : undefined
    if (plan) {
      const entry = quantities.get(plan.id) ?? { plan, quantity: 0 }
      entry.quantity += Number(line.quantity)
      quantities.set(plan.id, entry)
    }
  }
  if (!quantities.size) {
    return null
  }
  const entries = [...quantities.values()]
  if (!customerHasAccount) {
    return `Sign in to buy the membership plan "${entries[0].plan.name}": guests cannot buy a membership.`
  }
  const archived = entries.find(({ plan }) => plan.status !== "active")
  if (archived) {
    return `The membership plan "${archived.plan.name}" is no longer sold.`
  }
  if (entries.length > 1) {
    return `A cart can hold one membership plan; this one has ${entries.map(({ plan }) => `"${plan.name}"`).join(" and ")}.`
  }
  if (entries[0].quantity !== 1) {
    return `A membership plan is bought one at a time: the quantity of "${entries[0].plan.name}" must be 1.`
  }
  return null
}

