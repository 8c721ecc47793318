import { useBenefit } from "../../hooks/membership-benefits"

/** A partner_code item's benefit, by its catalogue name. */
export const PartnerBenefitName = ({ id }: { id: string | null }) => {
  const { data, isLoading, isError } = useBenefit(id)
  if (!id) {
    return <>-</>
  }
  return <>{isLoading ? "…" : isError ? "Benefit no longer exists" : data?.benefit.name}</>
}
