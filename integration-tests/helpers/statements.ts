import { watchStatements } from "./pg-clients"

const watchers = new Set<(text: string) => void>()
let watching = false

/** How many statements matching each pattern the process sends to Postgres while `run` runs. */
export async function statementsDuring<K extends string>(patterns: Record<K, RegExp>, run: () => Promise<unknown>): Promise<Record<K, number>> {
  if (!watching) {
    watchStatements((text: string) => watchers.forEach((watcher) => watcher(text)))
    watching = true
  }
  const counts = Object.fromEntries(Object.keys(patterns).map((name) => [name, 0])) as Record<K, number>
  const watcher = (text: string) => {
    for (const name of Object.keys(patterns) as K[]) {
      counts[name] += patterns[name].test(text) ? 1 : 0
    }
  }
  watchers.add(watcher)
  try {
    await run()
  } finally {
    watchers.delete(watcher)
  }
  return counts
}
