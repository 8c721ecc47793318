/** Picker options of saved things, by name: plans, tiers, partners. */
export const namedOptions = (things: { id: string; name: string }[] = []) =>
  things.map((thing) => ({ value: thing.id, label: thing.name }))
