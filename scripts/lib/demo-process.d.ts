export type DemoFacts = {
  url: string
  adminUrl: string
  publishableKey: string
  admin: { email: string; password: string }
  shopper: { email: string; password: string }
  partner?: { id: string; name: string; apiKey: string }
}

export function startDemo(options: { label: string; logFile: string }): Promise<{
  factsFile: string
  facts: DemoFacts
  stop(): Promise<void>
}>
