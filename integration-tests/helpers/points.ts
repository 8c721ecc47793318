import type { MedusaContainer } from "@medusajs/framework/types"
import { POINTS_MODULE, type PointsModuleService } from "../../src/modules/points"
import type { CustomerSession } from "./customer"

/** A spec's handles on the points module: the service, a direct credit (or debit) of a customer, and their available points. */
export function pointsHelpers(getContainer: () => MedusaContainer) {
  const points = () => getContainer().resolve<PointsModuleService>(POINTS_MODULE)
  const give = (customer: CustomerSession, amount: number) =>
    points().postPoints({
      customer_id: customer.customerId,
      type: "adjust",
      amount,
      idempotency_key: `test:${customer.customerId}:${amount}:${Math.random()}`,
      now: new Date(),
      note: "test",
    })
  const available = async (customer: CustomerSession) => (await points().pointsBalances(customer.customerId)).available
  return { points, give, available }
}
