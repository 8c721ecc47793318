import { extensionPage } from "../../../../components/common/extension-page"
import { TierSimulator } from "../../../../components/simulator/tier-simulator"

export const handle = { breadcrumb: () => "Simulator" }

export default extensionPage(TierSimulator)
