import { Input } from "@medusajs/ui"
import { newPersonaRow, PersonaRow } from "../../lib/simulator-form"
import { CurrencyCell, NumberCell, RowsEditor } from "../common/rows-editor"
import { PlanSelect } from "../plans/plan-select"

type Props = { value: PersonaRow[]; onChange: (rows: PersonaRow[]) => void; plans: { id: string; name: string }[] }

/** The shoppers to simulate: how often and how much they buy, check in, and whether they pay for a plan. */
export const PersonasEditor = ({ plans, ...rows }: Props) => (
  <RowsEditor
    legend="Personas"
    description="Typical shoppers; each is simulated for 12 months under the saved program and tiers."
    headers={["Name", "Orders / month", "Avg. order value", "Currency", "Check-ins / week", "Paid plan"]}
    gridClassName="grid-cols-[minmax(120px,1fr)_110px_130px_80px_120px_minmax(140px,1fr)_32px]"
    {...rows}
    newRow={newPersonaRow}
    item="persona"
    minRows={1}
    cells={(row, index, update) => (
      <>
        <Input aria-label={`Persona ${index + 1} name`} value={row.name} onChange={(e) => update({ name: e.target.value })} />
        <NumberCell
          label={`Persona ${index + 1} orders per month`}
          step="0.1"
          value={row.orders_per_month}
          onChange={(orders_per_month) => update({ orders_per_month })}
        />
        <NumberCell
          label={`Persona ${index + 1} average order value`}
          step="0.01"
          value={row.average_order_value}
          onChange={(average_order_value) => update({ average_order_value })}
        />
        <CurrencyCell
          label={`Persona ${index + 1} currency`}
          value={row.currency_code}
          onChange={(currency_code) => update({ currency_code })}
        />
        <NumberCell
          label={`Persona ${index + 1} check-ins per week`}
          step="1"
          value={row.check_ins_per_week}
          onChange={(check_ins_per_week) => update({ check_ins_per_week })}
        />
        <PlanSelect
          label={`Persona ${index + 1} plan`}
          plans={plans}
          value={row.plan_id}
          onChange={(plan_id) => update({ plan_id })}
          noneLabel="No plan"
        />
      </>
    )}
  />
)
