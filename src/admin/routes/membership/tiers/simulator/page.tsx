import { WithQueryClient } from "../../../../components/common/with-query-client"
import { TierSimulator } from "../../../../components/simulator/tier-simulator"

const TierSimulatorPage = () => (
  <WithQueryClient>
    <TierSimulator />
  </WithQueryClient>
)

export const handle = {
  breadcrumb: () => "Simulator",
}

export default TierSimulatorPage
