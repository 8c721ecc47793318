export type EmbeddedPostgresServer = {
  host: string
  port: number
  user: string
  password: string
  url(database: string): string
  ensureDatabase(name: string): Promise<void>
  stop(): Promise<void>
}

export function startEmbeddedPostgres(options: {
  dataDir: string
  persistent: boolean
  log?: (line: string) => void
}): Promise<EmbeddedPostgresServer>
export function temporaryDataDir(label: string): string
export function freePort(): Promise<number>
