/** What a shopper may read about a plan; nothing merchant-internal such as metadata or dunning. */
export const storePlanFields = [
  "id",
  "name",
  "handle",
  "description",
  "interval",
  "interval_count",
  "trial_days",
]

export const storeListPlansQueryConfig = {
  defaults: storePlanFields,
  allowed: storePlanFields,
  isList: true,
  defaultLimit: 20,
}
