import type { SimulateBody } from "../../types/http"
import { decimalNumber, FormValueError, newRowKey, numberList, wholeNumber } from "./form-values"

/** One persona of the simulator, as typed; `plan_id` "" = no paid plan. */
export type PersonaRow = {
  key: string
  name: string
  orders_per_month: string
  average_order_value: string
  currency_code: string
  check_ins_per_week: string
  plan_id: string
}

/** The simulator form: the personas, and a base and multipliers for suggested thresholds. */
export type SimulatorFormValues = { personas: PersonaRow[]; base: string; multipliers: string }

export const newPersonaRow = (row: Partial<Omit<PersonaRow, "key">> = {}): PersonaRow => ({
  key: newRowKey("persona"),
  name: "",
  orders_per_month: "1",
  average_order_value: "50",
  currency_code: "EUR",
  check_ins_per_week: "0",
  plan_id: "",
  ...row,
})

/** Three shoppers to start from: an occasional one, a regular one, and a heavy one on a paid plan. */
export const defaultSimulatorForm = (currencyCode: string, planId: string | null): SimulatorFormValues => ({
  personas: [
    newPersonaRow({ name: "Occasional", orders_per_month: "0.5", average_order_value: "40", currency_code: currencyCode }),
    newPersonaRow({
      name: "Regular",
      orders_per_month: "2",
      average_order_value: "60",
      currency_code: currencyCode,
      check_ins_per_week: "2",
    }),
    newPersonaRow({
      name: "Heavy with plan",
      orders_per_month: "6",
      average_order_value: "90",
      currency_code: currencyCode,
      check_ins_per_week: "7",
      plan_id: planId ?? "",
    }),
  ],
  base: "500",
  multipliers: "1, 3, 8",
})

/** The simulate request; typing mistakes throw a `FormValueError`. */
export function simulatorFormToBody(values: SimulatorFormValues): SimulateBody {
  const personas = values.personas.map((row, index) => {
    const label = `Persona ${index + 1}`
    if (!row.name.trim()) {
      throw new FormValueError(`${label}: enter a name`)
    }
    const number = (value: string, field: string) => decimalNumber(value, `${label} ${field}`) ?? 0
    return {
      name: row.name.trim(),
      orders_per_month: number(row.orders_per_month, "orders per month"),
      average_order_value: number(row.average_order_value, "average order value"),
      currency_code: row.currency_code.trim().toLowerCase(),
      check_ins_per_week: wholeNumber(row.check_ins_per_week, `${label} check-ins per week`) ?? 0,
      plan_id: row.plan_id || null,
    }
  })
  if (!personas.length) {
    throw new FormValueError("Add a persona to simulate.")
  }
  const base = decimalNumber(values.base, "Base value")
  const multipliers = numberList(values.multipliers, "Multipliers", { decimals: true, example: "1, 2.5, 6" })
  return { personas, ...(base ? { base, multipliers } : {}) }
}
