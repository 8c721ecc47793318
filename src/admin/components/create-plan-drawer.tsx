import { Button, Drawer, Input, Label, Select, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { CreatePlanBody, useCreatePlan } from "../hooks/membership-plans"

const EMPTY: CreatePlanBody = { name: "", handle: "", description: "", status: "active" }

/** Drawer with the "create plan" form; the server validates, and its message is shown as is. */
export const CreatePlanDrawer = () => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<CreatePlanBody>(EMPTY)
  const [error, setError] = useState<string | null>(null)
  const createPlan = useCreatePlan()

  const openChange = (next: boolean) => {
    setOpen(next)
    if (!next) {
      setForm(EMPTY)
      setError(null)
    }
  }

  const set = (field: keyof CreatePlanBody) => (value: string) => setForm((current) => ({ ...current, [field]: value }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setError(null)
    try {
      const { plan } = await createPlan.mutateAsync({
        name: form.name,
        status: form.status,
        handle: form.handle?.trim() || undefined,
        description: form.description?.trim() || undefined,
      })
      toast.success(`Plan "${plan.name}" created`)
      openChange(false)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }

  return (
    <Drawer open={open} onOpenChange={openChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Create plan
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col">
          <Drawer.Header>
            <Drawer.Title>Create plan</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="plan-name">Name</Label>
              <Input id="plan-name" value={form.name} onChange={(e) => set("name")(e.target.value)} placeholder="PLUS Annual" />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="plan-handle">Handle (optional)</Label>
              <Input id="plan-handle" value={form.handle} onChange={(e) => set("handle")(e.target.value)} placeholder="plus-annual" />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="plan-description">Description (optional)</Label>
              <Textarea id="plan-description" value={form.description} onChange={(e) => set("description")(e.target.value)} />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="plan-status">Status</Label>
              <Select value={form.status} onValueChange={set("status")}>
                <Select.Trigger id="plan-status">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value="active">Active</Select.Item>
                  <Select.Item value="archived">Archived</Select.Item>
                </Select.Content>
              </Select>
            </div>
            {error && (
              <Text size="small" className="text-ui-fg-error" role="alert">
                {error}
              </Text>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={createPlan.isPending}>
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
