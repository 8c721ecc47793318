import { Button, Drawer } from "@medusajs/ui"
import { FormEvent, ReactNode } from "react"
import { FormError } from "./form-error"

type FormDrawerProps = { open: boolean; onOpenChange: (open: boolean) => void; children: ReactNode }

/**
 * A side drawer holding one form. The drawer unmounts its content when closed, so every
 * opening starts from a fresh form.
 */
export const FormDrawer = ({ open, onOpenChange, children }: FormDrawerProps) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>{children}</Drawer.Content>
  </Drawer>
)

type DrawerFormProps = {
  title: string
  description: string
  /** Keep the description for screen readers only, when the title says enough. */
  hideDescription?: boolean
  onSubmit: (event: FormEvent) => void
  /** The failed submit's message, shown above the footer. */
  error: string | null
  cancelLabel: string
  submitLabel: string
  submitVariant?: "primary" | "danger"
  isSubmitting: boolean
  /** The fields. */
  children: ReactNode
}

/** The form inside a `FormDrawer`: header, scrolling fields, the error strip, and a close and a submit button. */
export const DrawerForm = ({
  title,
  description,
  hideDescription = false,
  onSubmit,
  error,
  cancelLabel,
  submitLabel,
  submitVariant = "primary",
  isSubmitting,
  children,
}: DrawerFormProps) => (
  <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
    <Drawer.Header>
      <Drawer.Title>{title}</Drawer.Title>
      <Drawer.Description className={hideDescription ? "sr-only" : "text-ui-fg-subtle txt-small"}>
        {description}
      </Drawer.Description>
    </Drawer.Header>
    <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">{children}</Drawer.Body>
    {error && (
      <div className="border-ui-border-base border-t px-6 py-3">
        <FormError message={error} />
      </div>
    )}
    <Drawer.Footer>
      <Drawer.Close asChild>
        <Button size="small" variant="secondary" type="button">
          {cancelLabel}
        </Button>
      </Drawer.Close>
      <Button size="small" variant={submitVariant} type="submit" isLoading={isSubmitting}>
        {submitLabel}
      </Button>
    </Drawer.Footer>
  </form>
)
