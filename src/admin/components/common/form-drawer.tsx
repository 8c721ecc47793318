import { Button, Drawer } from "@medusajs/ui"
import { ComponentType, ReactNode } from "react"
import { DrawerClose, DrawerPanel, DrawerPanelProps } from "./drawer-panel"
import { FormError } from "./form-error"
import type { FormSubmitState } from "./use-form-submit"

export type DrawerProps = { open: boolean; onOpenChange: (open: boolean) => void }

/**
 * A side drawer holding one form. The drawer unmounts its content when closed, so every
 * opening starts from a fresh form.
 */
export const FormDrawer = ({ open, onOpenChange, children }: DrawerProps & { children: ReactNode }) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>{children}</Drawer.Content>
  </Drawer>
)

/** The drawer of a form that says when it is done (`onDone`): done closes the drawer. */
export function formDrawer<P extends { onDone: () => void }>(Form: ComponentType<P>) {
  return ({ open, onOpenChange, ...props }: Omit<P, "onDone"> & DrawerProps) => (
    <FormDrawer open={open} onOpenChange={onOpenChange}>
      <Form {...(props as unknown as P)} onDone={() => onOpenChange(false)} />
    </FormDrawer>
  )
}

type DrawerFormProps = Omit<DrawerPanelProps, "footer" | "aside" | "onSubmit"> & {
  /** The form's submit, its error (shown above the footer) and whether it is saving. */
  form: FormSubmitState
  cancelLabel?: string
  submitLabel?: string
  submitVariant?: "primary" | "danger"
}

/** The form inside a `FormDrawer`: header, scrolling fields, the error strip, and a close and a submit button. */
export const DrawerForm = ({ form, cancelLabel = "Cancel", submitLabel = "Save", submitVariant = "primary", ...panel }: DrawerFormProps) => (
  <DrawerPanel
    {...panel}
    onSubmit={form.submit}
    aside={
      form.error && (
        <div className="border-ui-border-base border-t px-6 py-3">
          <FormError message={form.error} />
        </div>
      )
    }
    footer={
      <>
        <DrawerClose>{cancelLabel}</DrawerClose>
        <Button size="small" variant={submitVariant} type="submit" isLoading={form.isSubmitting}>
          {submitLabel}
        </Button>
      </>
    }
  />
)
