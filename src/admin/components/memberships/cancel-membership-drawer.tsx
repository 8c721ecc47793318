import { clx, Skeleton, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import type { Membership } from "../../../types/http"
import { useCancelMembership, useRefundPreview } from "../../hooks/memberships"
import { formatAmount } from "../../lib/format"
import { refundPolicyOption } from "../../lib/plan-display"
import { DrawerForm, formDrawer } from "../common/form-drawer"
import { errorMessage, FormError } from "../common/form-error"
import { ReasonField } from "../common/reason-field"
import { SwitchField } from "../common/switch-field"
import { useFormSubmit } from "../common/use-form-submit"

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
  const cancel = useCancelMembership(membership.id)
  const form = useFormSubmit({
    validate: () => (reason.trim() ? null : "Enter a reason for the cancellation."),
    save: async () => {
      const result = await cancel.mutateAsync({ reason: reason.trim(), refund })
      toast.success(
        result.refund && Number(result.refund.amount) > 0
          ? `Membership canceled; ${formatAmount(result.refund.amount, result.refund.currency_code)} refunded`
          : "Membership canceled"
      )
      onDone()
    },
  })

  return (
    <DrawerForm
      title="Cancel and refund"
      description="The membership ends now and its benefits stop."
      form={form}
      cancelLabel="Keep membership"
      submitLabel="Cancel membership"
      submitVariant="danger"
    >
      <RefundPreviewBox membershipId={membership.id} refund={refund} />
      <SwitchField id="cancel-refund" label="Refund the member" value={refund} onChange={setRefund} />
      <ReasonField id="cancel-reason" value={reason} onChange={form.clearingError(setReason)} placeholder="Customer asked to cancel by email" />
    </DrawerForm>
  )
}

/** Cancels a membership now, refunding what the plan's policy gives back (previewed first). */
export const CancelMembershipDrawer = formDrawer(CancelForm)
