import { Button } from "@medusajs/ui"

/** A section's "Create …" button: opens its create / edit drawer (`useDrawerFor`) on a new thing. */
export const CreateButton = ({ editor, label }: { editor: { open: (item: null) => void }; label: string }) => (
  <Button size="small" variant="secondary" onClick={() => editor.open(null)}>
    {label}
  </Button>
)
