import { Input, StatusBadge, Table, Text } from "@medusajs/ui"
import type { MemberPriceBenefit, MemberPriceVariant, ProductMemberPrices } from "../../../types/http"
import { formatAmount } from "../../lib/format"
import { cellKey, cellText, MemberPriceEdits } from "../../lib/member-prices"

type MemberPricesTableProps = {
  data: ProductMemberPrices
  edits: MemberPriceEdits
  onEdit: (key: string, text: string) => void
  /** Who gets each benefit, by benefit id. */
  audiences: Record<string, string>
}

/** "Default · COFFEE-1KG": names the variant's inputs for assistive tech. */
const variantLabel = (variant: MemberPriceVariant) =>
  [variant.title, variant.sku].filter(Boolean).join(" · ") || variant.id

const regularPrice = (variant: MemberPriceVariant, currencyCode: string) => {
  const price = variant.prices.find((p) => p.currency_code === currencyCode)
  return price ? formatAmount(price.amount, currencyCode) : "-"
}

/**
 * One block per variant: its regular prices, then one row per member-price benefit with an
 * amount per currency (empty = no member price).
 */
export const MemberPricesTable = ({ data, edits, onEdit, audiences }: MemberPricesTableProps) => (
  <div className="overflow-x-auto">
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Variant</Table.HeaderCell>
          <Table.HeaderCell>Price</Table.HeaderCell>
          {data.currencies.map((currency) => (
            <Table.HeaderCell key={currency} className="w-[160px]">
              {currency.toUpperCase()}
            </Table.HeaderCell>
          ))}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {data.variants.map((variant) => (
          <VariantRows
            key={variant.id}
            variant={variant}
            benefits={data.benefits}
            currencies={data.currencies}
            edits={edits}
            onEdit={onEdit}
            audiences={audiences}
          />
        ))}
      </Table.Body>
    </Table>
  </div>
)

type VariantRowsProps = Omit<MemberPricesTableProps, "data"> & {
  variant: MemberPriceVariant
  benefits: MemberPriceBenefit[]
  currencies: string[]
}

const VariantRows = ({ variant, benefits, currencies, edits, onEdit, audiences }: VariantRowsProps) => {
  const label = variantLabel(variant)
  return (
    <>
      <Table.Row className="bg-ui-bg-subtle hover:bg-ui-bg-subtle">
        <Table.Cell className="py-2">
          <div className="flex flex-col">
            <span className="text-ui-fg-base txt-compact-small-plus">{variant.title || variant.sku || variant.id}</span>
            {variant.title && variant.sku && <span>{variant.sku}</span>}
          </div>
        </Table.Cell>
        <Table.Cell>Regular price</Table.Cell>
        {currencies.map((currency) => (
          <Table.Cell key={currency}>{regularPrice(variant, currency)}</Table.Cell>
        ))}
      </Table.Row>
      {benefits.map((benefit) => (
        <Table.Row key={benefit.id}>
          <Table.Cell />
          <Table.Cell className="py-2">
            <div className="flex items-center gap-x-2">
              <Text size="small" leading="compact" weight="plus" className="text-ui-fg-base">
                {benefit.name}
              </Text>
              {benefit.status === "archived" && <StatusBadge color="grey">Archived</StatusBadge>}
            </div>
            <Text size="small" leading="compact" className="text-ui-fg-subtle">
              {audiences[benefit.id]}
            </Text>
          </Table.Cell>
          {currencies.map((currency) => (
            <Table.Cell key={currency} className="py-2">
              <Input
                size="small"
                type="number"
                min={0}
                step="any"
                placeholder="-"
                aria-label={`${label} · ${benefit.name} · ${currency.toUpperCase()}`}
                value={cellText(variant, benefit.id, currency, edits)}
                onChange={(e) => onEdit(cellKey(variant.id, benefit.id, currency), e.target.value)}
              />
            </Table.Cell>
          ))}
        </Table.Row>
      ))}
    </>
  )
}
