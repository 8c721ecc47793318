import { usePartner } from "../../hooks/partners"
import { DetailPageState } from "../common/detail-page-state"
import { PartnerAuditSection } from "./partner-audit-section"
import { PartnerBenefitsSection } from "./partner-benefits-section"
import { PartnerImportsSection } from "./partner-imports-section"
import { PartnerKeysSection } from "./partner-keys-section"
import { PartnerSummarySection } from "./partner-summary-section"

/** The partner page: who they are and their keys beside their benefits, imports and audit log. */
export const PartnerDetail = ({ id }: { id: string }) => (
  <DetailPageState query={usePartner(id)} notFound="Partner not found">
    {({ partner }) => (
      <div className="flex flex-col gap-y-3">
        <div className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start">
          <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
            <PartnerSummarySection partner={partner} />
          </div>
          <div className="flex w-full min-w-0 flex-col gap-y-3">
            <PartnerKeysSection partnerId={id} />
          </div>
        </div>
        <PartnerBenefitsSection partnerId={id} />
        <PartnerImportsSection partnerId={id} />
        <PartnerAuditSection partnerId={id} />
      </div>
    )}
  </DetailPageState>
)
