import { useVariantName } from "../../hooks/points-mall"

/** A variant's product and title, as the catalogue names it now. */
export const VariantName = ({ id }: { id: string | null }) => {
  const { data, isLoading } = useVariantName(id)
  if (!id) {
    return <>-</>
  }
  return <>{isLoading ? "…" : (data ?? "Variant no longer exists")}</>
}
