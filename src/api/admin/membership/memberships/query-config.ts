import { MEMBERSHIP_FIELDS } from "../../../utils/membership-view"

export const adminMembershipFields = [
  ...MEMBERSHIP_FIELDS,
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
]

export const adminListMembershipsQueryConfig = {
  defaults: adminMembershipFields,
  isList: true,
  defaultLimit: 20,
}
