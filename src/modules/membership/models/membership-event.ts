import { model } from "@medusajs/framework/utils"
import { EVENT_ACTORS, MEMBERSHIP_EVENT_TYPES } from "../../../types/http"
import { Membership } from "./membership"

export { EVENT_ACTORS, MEMBERSHIP_EVENT_TYPES }
export type { EventActor, MembershipEventType } from "../../../types/http"

/** One entry of a membership's history: what happened, when, why and who caused it. */
export const MembershipEvent = model
  .define("membership_event", {
    id: model.id({ prefix: "mbrevt" }).primaryKey(),
    membership: model.belongsTo(() => Membership, { mappedBy: "events" }),
    type: model.enum([...MEMBERSHIP_EVENT_TYPES]),
    from_status: model.text().nullable(),
    to_status: model.text().nullable(),
    cause: model.text(),
    actor: model.enum([...EVENT_ACTORS]).default("system"),
    data: model.json().nullable(),
    occurred_at: model.dateTime(),
  })
  .indexes([{ on: ["membership_id", "occurred_at"] }])
