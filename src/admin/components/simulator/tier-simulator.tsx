import { Button, Container, Skeleton, Text } from "@medusajs/ui"
import type { TierProgramSettings } from "../../../types/http"
import { usePlans } from "../../hooks/membership-plans"
import { useSimulateTiers, useTierProgram } from "../../hooks/membership-tiers"
import { defaultSimulatorForm, simulatorFormToBody, SimulatorFormValues } from "../../lib/simulator-form"
import { FormError } from "../common/form-error"
import { fieldBinder, useFormValues } from "../common/form-values"
import { NumberField } from "../common/number-field"
import { SectionHeader } from "../common/section-header"
import { TextField } from "../common/text-field"
import { useFormSubmit } from "../common/use-form-submit"
import { PersonasEditor } from "./personas-editor"
import { SimulationResults } from "./simulation-results"

type Plan = { id: string; name: string; status: string }

const SimulatorForm = ({ program, plans }: { program: TierProgramSettings | undefined; plans: Plan[] }) => {
  const simulate = useSimulateTiers()
  const { values, set } = useFormValues<SimulatorFormValues>(
    () =>
      defaultSimulatorForm(
        program?.earn_rates?.[0]?.currency_code.toUpperCase() ?? "EUR",
        program?.plan_multipliers?.[0]?.plan_id ?? plans.find((plan) => plan.status === "active")?.id ?? null
      ),
    () => clearError()
  )
  const { error, submit, clearError } = useFormSubmit({
    save: async () => {
      await simulate.mutateAsync(simulatorFormToBody(values))
    },
  })
  const field = fieldBinder({ values, set }, "simulator")

  return (
    <>
      <Container className="divide-y p-0">
        <SectionHeader
          level="h1"
          title="Tier simulator"
          description="How long typical shoppers take to reach each tier under the saved program and tiers."
        />
        <form onSubmit={submit} className="flex flex-col gap-y-4 px-6 py-4">
          <PersonasEditor plans={plans} {...field("personas")} />
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <NumberField
              label="Base value"
              hint="Each suggested threshold is the base times a multiplier; empty = no suggestions."
              min={0}
              {...field("base")}
            />
            <TextField label="Multipliers" hint="One per suggested tier, lowest first." placeholder="1, 3, 8" {...field("multipliers")} />
          </div>
          <FormError message={error} />
          <div>
            <Button size="small" type="submit" isLoading={simulate.isPending}>
              Run simulation
            </Button>
          </div>
        </form>
      </Container>
      {simulate.data && <SimulationResults result={simulate.data} />}
    </>
  )
}

/** The simulator page: the form starts from the program's first currency, and a plan with a multiplier (or the newest active one). */
export const TierSimulator = () => {
  const program = useTierProgram()
  const plans = usePlans({ limit: 100, offset: 0 })
  if (program.isLoading || plans.isLoading) {
    return <Skeleton className="h-[400px] w-full rounded-lg" />
  }
  return (
    <div className="flex flex-col gap-y-3">
      {program.error && (
        <Text size="small" className="text-ui-fg-error">
          The program could not be loaded: {program.error.message}
        </Text>
      )}
      <SimulatorForm program={program.data?.program} plans={plans.data?.plans ?? []} />
    </div>
  )
}
