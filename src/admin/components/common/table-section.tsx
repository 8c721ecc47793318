import { Container, DataTable } from "@medusajs/ui"
import { ReactNode } from "react"
import { ListTable, ListTableProps, loadFailed } from "./list-table"
import { SectionTitle, SectionTitleProps } from "./section-header"

type TableSectionProps<T> = Omit<ListTableProps<T>, "toolbar"> & {
  heading: SectionTitleProps
  /** Names the section for assistive tech by its title. */
  region?: boolean
  /** The toolbar's filters and buttons, right of the heading. */
  actions?: ReactNode
  /** Why the rows could not be loaded, said instead of `empty`; `subject` starts the message (the title without it). */
  error?: Error | null
  subject?: string
  /** The drawers the table opens. */
  children?: ReactNode
}

/** A page's or detail page's table: a card with the heading and actions above the rows. */
export const TableSection = <T,>({ heading, region, actions, error, subject, children, empty, ...table }: TableSectionProps<T>) => (
  <Container className="divide-y p-0" {...(region ? { role: "region", "aria-label": heading.title } : {})}>
    <ListTable
      {...table}
      empty={error ? loadFailed(subject ?? heading.title, error) : empty}
      toolbar={
        <DataTable.Toolbar className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <SectionTitle {...heading} />
          {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
        </DataTable.Toolbar>
      }
    />
    {children}
  </Container>
)
