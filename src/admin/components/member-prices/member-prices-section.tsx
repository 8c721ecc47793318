import { Button, Container, Skeleton, Text } from "@medusajs/ui"
import { ReactNode, useState } from "react"
import { Link } from "react-router-dom"
import type { ProductMemberPrices } from "../../../types/http"
import { useProductMemberPrices, useSaveMemberPrices } from "../../hooks/member-prices"
import { usePlans } from "../../hooks/membership-plans"
import { useTiers } from "../../hooks/membership-tiers"
import { changedMemberPrices, MemberPriceEdits, memberPriceAudience } from "../../lib/member-prices"
import { FormError } from "../common/form-error"
import { SectionHeader } from "../common/section-header"
import { toastSuccess } from "../common/toast-success"
import { useFormSubmit } from "../common/use-form-submit"
import { MemberPricesTable } from "./member-prices-table"

/** Plans and tiers are few: their names come from one page of each. */
const ALL = { limit: 100, offset: 0 }

const Section = ({ children }: { children: ReactNode }) => (
  <Container className="divide-y p-0" role="region" aria-label="Member prices">
    <SectionHeader
      title="Member prices"
      description="What members pay for each variant, per member-price benefit and currency. Empty = no member price."
    />
    {children}
  </Container>
)

const Note = ({ children }: { children: ReactNode }) => (
  <Text size="small" className="text-ui-fg-subtle px-6 py-4">
    {children}
  </Text>
)

/** A product's member prices on its detail page (not on a plan's own product). */
export const MemberPricesSection = ({ productId }: { productId: string }) => {
  const { data, isLoading, error } = useProductMemberPrices(productId)

  if (isLoading) {
    return (
      <Section>
        <div className="px-6 py-4">
          <Skeleton className="h-[80px] w-full" />
        </div>
      </Section>
    )
  }
  if (!data) {
    return (
      <Section>
        <Note>Member prices could not be loaded{error ? `: ${error.message}` : "."}</Note>
      </Section>
    )
  }
  if (!data.benefits.length) {
    return (
      <Section>
        <Note>
          There is no member-price benefit yet. Create one on the{" "}
          <Link to="/membership/benefits" className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
            Benefits
          </Link>{" "}
          page (type "Member price", for the plans and tiers who pay these prices), then set the prices here.
        </Note>
      </Section>
    )
  }
  if (!data.variants.length) {
    return (
      <Section>
        <Note>This product has no variants yet.</Note>
      </Section>
    )
  }
  return (
    <Section>
      <MemberPricesForm data={data} />
    </Section>
  )
}

const MemberPricesForm = ({ data }: { data: ProductMemberPrices }) => {
  const [edits, setEdits] = useState<MemberPriceEdits>({})
  const save = useSaveMemberPrices(data.product_id)
  const plans = usePlans(ALL).data?.plans
  const tiers = useTiers(ALL).data?.tiers
  const changes = changedMemberPrices(data, edits)

  const { error, submit, clearError } = useFormSubmit({
    save: async () => {
      await save.mutateAsync(changes)
      setEdits({})
      toastSuccess("Member prices saved", `${changes.length} ${changes.length === 1 ? "price" : "prices"} changed.`)
    },
  })

  // Until the names are in, a plan would read as "Unknown plan".
  const audiences: Record<string, string> =
    plans && tiers
      ? Object.fromEntries(data.benefits.map((benefit) => [benefit.id, memberPriceAudience(benefit, plans, tiers)]))
      : {}

  return (
    <form onSubmit={submit}>
      <MemberPricesTable
        data={data}
        edits={edits}
        audiences={audiences}
        onEdit={(key, text) => {
          setEdits((current) => ({ ...current, [key]: text }))
          clearError()
        }}
      />
      <div className="flex flex-wrap items-center justify-end gap-x-2 gap-y-2 px-6 py-4">
        <div className="mr-auto">
          <FormError message={error} />
        </div>
        <Button
          size="small"
          variant="secondary"
          type="button"
          disabled={!changes.length || save.isPending}
          onClick={() => {
            setEdits({})
            clearError()
          }}
        >
          Discard
        </Button>
        <Button size="small" type="submit" disabled={!changes.length} isLoading={save.isPending}>
          Save
        </Button>
      </div>
    </form>
  )
}
