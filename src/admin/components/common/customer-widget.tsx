import { ComponentType } from "react"
import { withQueryClient } from "./with-query-client"

/** A widget of the customer's detail page showing `Card` for that customer. */
export const customerWidget = (Card: ComponentType<{ customerId: string }>) =>
  withQueryClient(({ data }: { data: { id: string } }) => <Card customerId={data.id} />)
