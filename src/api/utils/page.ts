import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PageParams } from "../../types/http"

type QueryMetadata = { count?: number; skip?: number; take?: number } | undefined

/** The pagination fields every list response carries beside its rows, as Medusa's own lists do. */
export function pageOf(rows: unknown[], metadata: QueryMetadata) {
  return {
    count: metadata?.count ?? rows.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? rows.length,
  }
}

/** A module service's list config for one page, newest first (the id orders rows created together). */
export const newestFirst = ({ limit, offset }: PageParams) => ({
  order: { created_at: "DESC", id: "DESC" } as const,
  skip: offset,
  take: limit,
})

/**
 * One page of `entity` as a list route's query config says (fields, filters, order, pagination),
 * with `extraFields` beside the requested ones and `order` when the request names none.
 */
export async function queryConfigPage(
  req: MedusaRequest,
  entity: string,
  { extraFields = [], order }: { extraFields?: string[]; order?: Record<string, "ASC" | "DESC"> } = {}
) {
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity,
    fields: [...req.queryConfig.fields, ...extraFields],
    filters: req.filterableFields,
    pagination: { ...(order ? { order } : {}), ...req.queryConfig.pagination },
  })
  return { rows: data, page: pageOf(data, metadata) }
}
