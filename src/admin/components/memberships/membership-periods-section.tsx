import { Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { MembershipPeriod } from "../../../types/http"
import { formatAmount, formatDate, humanize } from "../../lib/format"

const byStart = (a: MembershipPeriod, b: MembershipPeriod) =>
  new Date(b.starts_at).getTime() - new Date(a.starts_at).getTime()

type Props = { periods: MembershipPeriod[]; currencyCode: string | null }

/** What a period cost; a manual period (an extension) usually costs nothing. */
const amountLabel = (amount: number, currencyCode: string | null) =>
  Number(amount) === 0 ? "No charge" : formatAmount(amount, currencyCode)

/** What paid for which stretch of membership time, newest first. */
export const MembershipPeriodsSection = ({ periods, currencyCode }: Props) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Periods</Heading>
    </div>
    {periods.length ? (
      <Table aria-label="Membership periods">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Source</Table.HeaderCell>
            <Table.HeaderCell>From</Table.HeaderCell>
            <Table.HeaderCell>To</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Refunded</Table.HeaderCell>
            <Table.HeaderCell>Order</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {[...periods].sort(byStart).map((period) => (
            <Table.Row key={period.id}>
              <Table.Cell>{humanize(period.source)}</Table.Cell>
              <Table.Cell>{formatDate(period.starts_at)}</Table.Cell>
              <Table.Cell>{formatDate(period.ends_at)}</Table.Cell>
              <Table.Cell className="text-right">{amountLabel(period.amount, period.currency_code ?? currencyCode)}</Table.Cell>
              <Table.Cell className="text-right">
                {Number(period.refunded_amount) > 0 ? formatAmount(period.refunded_amount, period.currency_code ?? currencyCode) : "-"}
              </Table.Cell>
              <Table.Cell>
                {period.order_id ? (
                  <Link to={`/orders/${period.order_id}`} className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
                    View order
                  </Link>
                ) : (
                  "-"
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    ) : (
      <div className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          No periods yet.
        </Text>
      </div>
    )}
  </Container>
)
