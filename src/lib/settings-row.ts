/** A module's one settings row (the tier program, the points program), keyed by `key`. */
type SettingsRow = { table: string; id: string; key: string; json: Record<string, unknown> }

/**
 * Inserts the settings row with its JSON columns (the others take their column defaults). Concurrent
 * first reads collide on the id as well as the key: no conflict target, so any loser does nothing.
 */
export function insertSettingsRowStatement({ table, id, key, json }: SettingsRow): { sql: string; bindings: unknown[] } {
  const columns = Object.keys(json)
  return {
    sql: `INSERT INTO ${table} (id, key, ${columns.join(", ")}) VALUES (?, ?, ${columns.map(() => "?::jsonb").join(", ")})
ON CONFLICT DO NOTHING`,
    bindings: [id, key, ...columns.map((column) => JSON.stringify(json[column]))],
  }
}

/** The row `list` finds, else the one found after `create` (which may lose a race and create nothing). */
export async function firstOrCreated<T>(list: () => Promise<T[]>, create: () => Promise<unknown>): Promise<T> {
  const [existing] = await list()
  if (existing) {
    return existing
  }
  await create()
  const [created] = await list()
  return created
}
