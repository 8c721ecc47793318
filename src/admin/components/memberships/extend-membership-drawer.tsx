import { Button, Drawer, Input, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { Membership, useExtendMembership } from "../../hooks/memberships"
import { formatDate } from "../../lib/format"
import { Field } from "../common/field"
import { errorMessage, FormError } from "../common/form-error"

type Props = { membership: Membership; open: boolean; onOpenChange: (open: boolean) => void }

const DAY = 24 * 60 * 60 * 1000

/** Adds free days to the current period (goodwill, service outage…), with a reason for the history. */
export const ExtendMembershipDrawer = ({ membership, open, onOpenChange }: Props) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <ExtendForm membership={membership} onDone={() => onOpenChange(false)} />
    </Drawer.Content>
  </Drawer>
)

const ExtendForm = ({ membership, onDone }: { membership: Membership; onDone: () => void }) => {
  const [days, setDays] = useState("30")
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const extend = useExtendMembership(membership.id)
  const count = /^\d+$/.test(days.trim()) ? Number(days.trim()) : null
  const newEnd = count
    ? new Date(new Date(membership.current_period_end).getTime() + count * DAY).toISOString()
    : null

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!count || count < 1 || count > 3650) {
      setError("Days must be a whole number from 1 to 3650.")
      return
    }
    if (!reason.trim()) {
      setError("Enter a reason for the extension.")
      return
    }
    setError(null)
    try {
      const { membership: updated } = await extend.mutateAsync({ days: count, reason: reason.trim() })
      toast.success(`Membership extended to ${formatDate(updated.current_period_end)}`)
      onDone()
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>Extend membership</Drawer.Title>
        <Drawer.Description className="text-ui-fg-subtle txt-small">
          Adds free days to the current period, without a charge.
        </Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <Field
          id="extend-days"
          label="Days"
          hint={
            <>
              The period now ends {formatDate(membership.current_period_end)}
              {newEnd && `; it will end ${formatDate(newEnd)}`}.
            </>
          }
        >
          <Input
            id="extend-days"
            type="number"
            min={1}
            max={3650}
            value={days}
            onChange={(e) => {
              setDays(e.target.value)
              setError(null)
            }}
          />
        </Field>
        <Field id="extend-reason" label="Reason" hint="Saved in the membership's history.">
          <Textarea
            id="extend-reason"
            value={reason}
            onChange={(e) => {
              setReason(e.target.value)
              setError(null)
            }}
            placeholder="Goodwill for a late delivery"
          />
        </Field>
      </Drawer.Body>
      {error && (
        <div className="border-ui-border-base border-t px-6 py-3">
          <FormError message={error} />
        </div>
      )}
      <Drawer.Footer>
        <Drawer.Close asChild>
          <Button size="small" variant="secondary" type="button">
            Cancel
          </Button>
        </Drawer.Close>
        <Button size="small" type="submit" isLoading={extend.isPending}>
          Extend membership
        </Button>
      </Drawer.Footer>
    </form>
  )
}
