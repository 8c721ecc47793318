export const adminPlanFields = [
  "id",
  "name",
  "handle",
  "description",
  "status",
  "interval",
  "interval_count",
  "trial_days",
  "grace_days",
  "dunning_offsets",
  "refund_policy",
  "metadata",
  "created_at",
  "updated_at",
]

export const adminListPlansQueryConfig = {
  defaults: adminPlanFields,
  isList: true,
  defaultLimit: 20,
}

