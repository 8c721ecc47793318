import { Alert, Button, Copy, toast } from "@medusajs/ui"
import { useState } from "react"
import { useCreatePartnerApiKey } from "../../hooks/partners"
import { FormValueError } from "../../lib/form-values"
import { DrawerPanel } from "../common/drawer-panel"
import { DrawerForm, formDrawer } from "../common/form-drawer"
import { TextField } from "../common/text-field"
import { useFormSubmit } from "../common/use-form-submit"

const CreateApiKey = ({ partnerId, onDone }: { partnerId: string; onDone: () => void }) => {
  const create = useCreatePartnerApiKey(partnerId)
  const [name, setName] = useState("")
  const [created, setCreated] = useState<{ name: string; apiKey: string } | null>(null)
  const form = useFormSubmit({
    save: async () => {
      if (!name.trim()) {
        throw new FormValueError("Enter a name for the key, e.g. where the partner uses it.")
      }
      const { api_key, key } = await create.mutateAsync({ name: name.trim() })
      setCreated({ name: api_key.name, apiKey: key })
      toast.success(`API key "${api_key.name}" created`)
    },
  })

  if (created) {
    return <CreatedKey {...created} onDone={onDone} />
  }
  return (
    <DrawerForm
      title="Create API key"
      description="A key the partner sends as a Bearer token to the partner API."
      form={form}
      submitLabel="Create key"
    >
      <TextField
        id="api-key-name"
        label="Name"
        hint="For you: which system or person of the partner uses it."
        placeholder="Checkout integration"
        value={name}
        onChange={form.clearingError(setName)}
      />
    </DrawerForm>
  )
}

const CreatedKey = ({ name, apiKey, onDone }: { name: string; apiKey: string; onDone: () => void }) => (
  <DrawerPanel
    title="API key created"
    description={name}
    footer={
      <Button size="small" type="button" onClick={onDone}>
        Done
      </Button>
    }
  >
    <Alert variant="warning" role="status">
      Copy the key now and hand it to the partner securely: it is not shown again. Only its prefix is kept.
    </Alert>
    <div className="bg-ui-bg-subtle shadow-borders-base flex items-center gap-x-2 rounded-lg px-3 py-2">
      <code className="txt-compact-small-plus min-w-0 flex-1 break-all" aria-label="Full API key">
        {apiKey}
      </code>
      <Copy content={apiKey} aria-label="Copy the key" />
    </div>
  </DrawerPanel>
)

/** Names a new key, then shows the full key once, with a copy button: it is never shown again. */
export const CreateApiKeyDrawer = formDrawer(CreateApiKey)
