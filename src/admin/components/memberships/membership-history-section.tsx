import { Container, Heading } from "@medusajs/ui"
import type { MembershipEvent } from "../../../types/http"
import { MembershipHistory } from "./membership-history"

export const MembershipHistorySection = ({ events }: { events: MembershipEvent[] }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">History</Heading>
    </div>
    <div className="px-6 py-4">
      <MembershipHistory events={events} />
    </div>
  </Container>
)
