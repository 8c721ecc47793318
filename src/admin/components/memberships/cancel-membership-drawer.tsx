import { Button, clx, Drawer, Label, Skeleton, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { Membership, useCancelMembership, useRefundPreview } from "../../hooks/memberships"
import { formatAmount } from "../../lib/format"
import { refundPolicyOption } from "../../lib/plan-display"
import { Field } from "../common/field"
import { errorMessage, FormError } from "../common/form-error"

type Props = { membership: Membership; open: boolean; onOpenChange: (open: boolean) => void }

/** Cancels a membership now, refunding what the plan's policy gives back (previewed first). */
export const CancelMembershipDrawer = ({ membership, open, onOpenChange }: Props) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <CancelForm membership={membership} onDone={() => onOpenChange(false)} />
    </Drawer.Content>
  </Drawer>
)

const RefundPreviewBox = ({ membershipId, refund }: { membershipId: string; refund: boolean }) => {
  const { data, isLoading, error } = useRefundPreview(membershipId, true)
  if (isLoading) {
    return <Skeleton className="h-[72px] w-full" />
  }
  if (error || !data) {
    return <FormError message={`The refund could not be previewed: ${errorMessage(error)}`} />
  }
  const policy = refundPolicyOption(data.policy)
  return (
    <div className={clx("bg-ui-bg-subtle shadow-borders-base flex flex-col gap-y-1 rounded-lg px-4 py-3", !refund && "opacity-50")}>
      <Text size="small" className="text-ui-fg-subtle">
        Refund per the plan&apos;s policy
      </Text>
      <Text size="xlarge" weight="plus" aria-label="Refund amount">
        {formatAmount(data.amount, data.currency_code)}
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        {policy.label}: {policy.explanation}
      </Text>
      {data.policy === "benefits_used" && data.benefits_used != null && (
        <Text size="small" className="text-ui-fg-subtle">
          Benefits used this period: {formatAmount(data.benefits_used, data.currency_code)}
        </Text>
      )}
    </div>
  )
}

const CancelForm = ({ membership, onDone }: { membership: Membership; onDone: () => void }) => {
  const [reason, setReason] = useState("")
  const [refund, setRefund] = useState(true)
  const [error, setError] = useState<string | null>(null)
  const cancel = useCancelMembership(membership.id)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!reason.trim()) {
      setError("Enter a reason for the cancellation.")
      return
    }
    setError(null)
    try {
      const result = await cancel.mutateAsync({ reason: reason.trim(), refund })
      toast.success(
        result.refund && Number(result.refund.amount) > 0
          ? `Membership canceled; ${formatAmount(result.refund.amount, result.refund.currency_code)} refunded`
          : "Membership canceled"
      )
      onDone()
    } catch (e) {
      setError(errorMessage(e))
    }
  }

  return (
    <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
      <Drawer.Header>
        <Drawer.Title>Cancel and refund</Drawer.Title>
        <Drawer.Description className="text-ui-fg-subtle txt-small">
          The membership ends now and its benefits stop.
        </Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <RefundPreviewBox membershipId={membership.id} refund={refund} />
        <div className="flex items-center gap-x-2">
          <Switch id="cancel-refund" checked={refund} onCheckedChange={setRefund} />
          <Label htmlFor="cancel-refund" size="small">
            Refund the member
          </Label>
        </div>
        <Field id="cancel-reason" label="Reason" hint="Saved in the membership's history.">
          <Textarea
            id="cancel-reason"
            value={reason}
            onChange={(e) => {
              setReason(e.target.value)
              setError(null)
            }}
            placeholder="Customer asked to cancel by email"
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
            Keep membership
          </Button>
        </Drawer.Close>
        <Button size="small" variant="danger" type="submit" isLoading={cancel.isPending}>
          Cancel membership
        </Button>
      </Drawer.Footer>
    </form>
  )
}
