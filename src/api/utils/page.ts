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
export const newestFirst = ({ limit, offset }: { limit: number; offset: number }) => ({
  order: { created_at: "DESC", id: "DESC" } as const,
  skip: offset,
  take: limit,
})
