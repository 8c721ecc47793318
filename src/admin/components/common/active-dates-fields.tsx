import { DateField } from "./date-field"

type BoundDate = { id: string; value: string; onChange: (value: string) => void }

/** When a thing applies: from a day (empty = from now) through a day (empty = no end). */
export const ActiveDatesFields = ({ starts, ends }: { starts: BoundDate; ends: BoundDate }) => (
  <div className="grid grid-cols-2 gap-4">
    <DateField label="Starts (optional)" hint="Empty = from now." {...starts} />
    <DateField label="Ends (optional)" hint="Through that day; empty = no end." {...ends} />
  </div>
)
