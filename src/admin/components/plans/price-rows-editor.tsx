import { Plus, Trash } from "@medusajs/icons"
import { Button, IconButton, Input, Text } from "@medusajs/ui"
import { newPriceRow, PriceRow } from "../../lib/plan-form"
import type { PlanFormPartProps } from "./plan-form-types"

const GRID = "grid grid-cols-[88px_1fr_1fr_32px] items-center gap-2"

/** Rows of currency + amount + optional minimum tier rank; add and remove rows. */
export const PriceRowsEditor = ({ values, set }: PlanFormPartProps) => {
  const rows = values.prices
  const update = (key: string, patch: Partial<PriceRow>) =>
    set("prices", rows.map((row) => (row.key === key ? { ...row, ...patch } : row)))

  return (
    <fieldset className="flex flex-col gap-y-2">
      <legend className="mb-2">
        <Text size="small" weight="plus">
          Prices
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          One price per currency for everyone; add a minimum tier rank for a member-tier price.
        </Text>
      </legend>
      <div className={`${GRID} text-ui-fg-subtle txt-compact-xsmall-plus`} aria-hidden>
        <span>Currency</span>
        <span>Amount</span>
        <span>Min. tier rank</span>
        <span />
      </div>
      {rows.map((row, index) => (
        <div key={row.key} className={GRID}>
          <Input
            aria-label={`Price ${index + 1} currency`}
            placeholder="EUR"
            maxLength={3}
            value={row.currency_code}
            onChange={(e) => update(row.key, { currency_code: e.target.value.toUpperCase() })}
          />
          <Input
            type="number"
            min={0}
            step="0.01"
            aria-label={`Price ${index + 1} amount`}
            placeholder="88.00"
            value={row.amount}
            onChange={(e) => update(row.key, { amount: e.target.value })}
          />
          <Input
            type="number"
            min={1}
            aria-label={`Price ${index + 1} minimum tier rank`}
            placeholder="Everyone"
            value={row.min_tier_rank}
            onChange={(e) => update(row.key, { min_tier_rank: e.target.value })}
          />
          <IconButton
            variant="transparent"
            type="button"
            aria-label={`Remove price ${index + 1}`}
            disabled={rows.length === 1}
            onClick={() => set("prices", rows.filter((other) => other.key !== row.key))}
          >
            <Trash />
          </IconButton>
        </div>
      ))}
      <div>
        <Button size="small" variant="secondary" type="button" onClick={() => set("prices", [...rows, newPriceRow()])}>
          <Plus />
          Add price
        </Button>
      </div>
    </fieldset>
  )
}
