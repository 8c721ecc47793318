/**
 * What an update step's compensation writes back: for each field the update sets, the value
 * it had before, with the row's id.
 */
export function valuesBefore(previous: object, update: object, id: string): Record<string, unknown> & { id: string } {
  const before = previous as Record<string, unknown>
  return { ...Object.fromEntries(Object.keys(update).map((key) => [key, before[key]])), id }
}
