import type { InsightsSummary } from "../../types/http"
import { sdk } from "../lib/sdk"
import { useAdminQuery } from "./admin-queries"

const SUMMARY_PATH = "/admin/membership/insights/summary"

/** The range of the summary: ISO dates, `from` included, `to` excluded. */
export type InsightsRangeQuery = { from: string; to: string }

export function useInsightsSummary(range: InsightsRangeQuery) {
  return useAdminQuery<InsightsSummary>(["insights", "summary", range], SUMMARY_PATH, { query: range })
}

/** Downloads the summary as the server writes it in CSV (the admin's session authenticates the request). */
export async function downloadInsightsCsv(range: InsightsRangeQuery) {
  const response = await sdk.client.fetch<Response>(SUMMARY_PATH, { query: { ...range, format: "csv" }, headers: { accept: "text/csv" } })
  const url = URL.createObjectURL(await response.blob())
  const link = Object.assign(document.createElement("a"), { href: url, download: `membership-summary-${range.from}-${range.to}.csv` })
  link.click()
  URL.revokeObjectURL(url)
}
