import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { usePartner } from "../../hooks/partners"
import { errorMessage } from "../common/form-error"
import { PartnerAuditSection } from "./partner-audit-section"
import { PartnerBenefitsSection } from "./partner-benefits-section"
import { PartnerImportsSection } from "./partner-imports-section"
import { PartnerKeysSection } from "./partner-keys-section"
import { PartnerSummarySection } from "./partner-summary-section"

/** The partner page: who they are and their keys beside their benefits, imports and audit log. */
export const PartnerDetail = ({ id }: { id: string }) => {
  const { data, isLoading, error } = usePartner(id)

  if (isLoading) {
    return <Skeleton className="h-[400px] w-full rounded-lg" />
  }
  if (error || !data) {
    return (
      <Container className="px-6 py-4">
        <Heading>Partner not found</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {errorMessage(error)}
        </Text>
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <PartnerSummarySection partner={data.partner} />
        </div>
        <div className="flex w-full min-w-0 flex-col gap-y-3">
          <PartnerKeysSection partnerId={id} />
        </div>
      </div>
      <PartnerBenefitsSection partnerId={id} />
      <PartnerImportsSection partnerId={id} />
      <PartnerAuditSection partnerId={id} />
    </div>
  )
}
