import { useBenefits } from "./membership-benefits"

/** The catalogue is small: the plan and tier pages read its first 100 benefits, as the pickers do. */
const CATALOGUE = { limit: 100, offset: 0 }

/** Every benefit, for the plan and tier pages to list what each plan and tier gets. */
export function useBenefitCatalogue() {
  const query = useBenefits(CATALOGUE)
  return { benefits: query.data?.benefits ?? [], isLoading: query.isLoading, error: query.error }
}
