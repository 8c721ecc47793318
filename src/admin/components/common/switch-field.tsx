import { Label, Switch } from "@medusajs/ui"

type SwitchFieldProps = { id: string; label: string; value: boolean; onChange: (value: boolean) => void }

/** A switch with its label beside it. */
export const SwitchField = ({ id, label, value, onChange }: SwitchFieldProps) => (
  <div className="flex items-center gap-x-2">
    <Switch id={id} checked={value} onCheckedChange={onChange} />
    <Label htmlFor={id} size="small">
      {label}
    </Label>
  </div>
)
