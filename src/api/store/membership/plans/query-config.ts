/** What a shopper may read about a plan; nothing merchant-internal such as metadata. */
export const storePlanFields = ["id", "name", "handle", "description"]

export const storeListPlansQueryConfig = {
  defaults: storePlanFields,
  allowed: storePlanFields,
  isList: true,
  defaultLimit: 20,
}
