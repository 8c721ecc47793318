export const adminPlanFields = [
  "id",
  "name",
  "handle",
  "description",
  "status",
  "metadata",
  "created_at",
  "updated_at",
]

export const adminListPlansQueryConfig = {
  defaults: adminPlanFields,
  isList: true,
  defaultLimit: 20,
}
