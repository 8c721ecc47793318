import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** A workflow a schedule runs: it does what is due at `now` and returns a summary of it. */
type DueWorkflow<S> = (container: MedusaContainer) => { run: (args: { input: { now: Date } }) => Promise<{ result: S }> }

/** A job's body: runs the workflow for what is due now and logs its summary ("Points expiry run: {…}"), unless `logIf` says it did nothing worth a line. */
export async function runDueWorkflow<S>(
  container: MedusaContainer,
  workflow: DueWorkflow<S>,
  run: string,
  logIf: (summary: S) => boolean = () => true
) {
  const { result: summary } = await workflow(container).run({ input: { now: new Date() } })
  if (logIf(summary)) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`${run} run: ${JSON.stringify(summary)}`)
  }
}
