import { Badge, clx, Text } from "@medusajs/ui"
import type { MembershipEvent } from "../../../types/http"
import { formatDateTime, humanize } from "../../lib/format"

const newestFirst = (a: MembershipEvent, b: MembershipEvent) =>
  new Date(b.occurred_at).getTime() - new Date(a.occurred_at).getTime()

const Transition = ({ event }: { event: MembershipEvent }) =>
  event.from_status !== event.to_status && event.to_status ? (
    <Text size="small" className="text-ui-fg-subtle">
      {event.from_status ? `${humanize(event.from_status)} → ${humanize(event.to_status)}` : `Status: ${humanize(event.to_status)}`}
    </Text>
  ) : null

/** The membership's history as a timeline, newest first; `limit` keeps only the latest entries. */
export const MembershipHistory = ({ events, limit }: { events: MembershipEvent[]; limit?: number }) => {
  const shown = [...events].sort(newestFirst).slice(0, limit ?? events.length)
  if (!shown.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        Nothing has happened yet.
      </Text>
    )
  }
  return (
    <ol aria-label="Membership history" className="flex flex-col">
      {shown.map((event, index) => (
        <li key={event.id} className="grid grid-cols-[20px_1fr] items-start gap-2">
          <div className="flex size-full flex-col items-center gap-y-0.5">
            <div className="flex size-5 items-center justify-center">
              <div className="bg-ui-bg-base shadow-borders-base flex size-2.5 items-center justify-center rounded-full">
                <div className="bg-ui-tag-neutral-icon size-1.5 rounded-full" />
              </div>
            </div>
            {index < shown.length - 1 && <div className="bg-ui-border-base w-px flex-1" />}
          </div>
          <div className={clx("flex flex-col gap-y-0.5", { "pb-4": index < shown.length - 1 })}>
            <div className="flex items-center justify-between gap-x-2">
              <div className="flex items-center gap-x-2">
                <Text size="small" leading="compact" weight="plus">
                  {humanize(event.type)}
                </Text>
                <Badge size="2xsmall" color="grey">
                  {humanize(event.actor)}
                </Badge>
              </div>
              <Text size="small" leading="compact" className="text-ui-fg-subtle text-right">
                {formatDateTime(event.occurred_at)}
              </Text>
            </div>
            <Transition event={event} />
            {event.cause && (
              <Text size="small" className="text-ui-fg-subtle">
                {event.cause}
              </Text>
            )}
          </div>
        </li>
      ))}
    </ol>
  )
}
