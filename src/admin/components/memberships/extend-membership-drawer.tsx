import { toast } from "@medusajs/ui"
import { useState } from "react"
import type { Membership } from "../../../types/http"
import { useExtendMembership } from "../../hooks/memberships"
import { formatDate } from "../../lib/format"
import { DrawerForm, formDrawer } from "../common/form-drawer"
import { NumberField } from "../common/number-field"
import { ReasonField } from "../common/reason-field"
import { useFormSubmit } from "../common/use-form-submit"

const DAY = 24 * 60 * 60 * 1000

const ExtendForm = ({ membership, onDone }: { membership: Membership; onDone: () => void }) => {
  const [days, setDays] = useState("30")
  const [reason, setReason] = useState("")
  const extend = useExtendMembership(membership.id)
  const count = /^\d+$/.test(days.trim()) ? Number(days.trim()) : null
  const newEnd = count
    ? new Date(new Date(membership.current_period_end).getTime() + count * DAY).toISOString()
    : null

  const form = useFormSubmit({
    validate: () => {
      if (!count || count < 1 || count > 3650) {
        return "Days must be a whole number from 1 to 3650."
      }
      return reason.trim() ? null : "Enter a reason for the extension."
    },
    save: async () => {
      const { membership: updated } = await extend.mutateAsync({ days: Number(days.trim()), reason: reason.trim() })
      toast.success(`Membership extended to ${formatDate(updated.current_period_end)}`)
      onDone()
    },
  })

  return (
    <DrawerForm
      title="Extend membership"
      description="Adds free days to the current period, without a charge."
      form={form}
      submitLabel="Extend membership"
    >
      <NumberField
        id="extend-days"
        label="Days"
        hint={
          <>
            The period now ends {formatDate(membership.current_period_end)}
            {newEnd && `; it will end ${formatDate(newEnd)}`}.
          </>
        }
        min={1}
        max={3650}
        value={days}
        onChange={form.clearingError(setDays)}
      />
      <ReasonField id="extend-reason" value={reason} onChange={form.clearingError(setReason)} placeholder="Goodwill for a late delivery" />
    </DrawerForm>
  )
}

/** Adds free days to the current period (goodwill, service outage…), with a reason for the history. */
export const ExtendMembershipDrawer = formDrawer(ExtendForm)
