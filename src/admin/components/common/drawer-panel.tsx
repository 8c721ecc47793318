import { Button, Drawer } from "@medusajs/ui"
import { FormEvent, ReactNode } from "react"

/** A button of the drawer's footer that closes it. */
export const DrawerClose = ({ children }: { children: ReactNode }) => (
  <Drawer.Close asChild>
    <Button size="small" variant="secondary" type="button">
      {children}
    </Button>
  </Drawer.Close>
)

export type DrawerPanelProps = {
  title: string
  description: ReactNode
  /** Keep the description for screen readers only, when the title says enough. */
  hideDescription?: boolean
  children: ReactNode
  /** Between the body and the footer, e.g. a failed submit's message. */
  aside?: ReactNode
  footer: ReactNode
  /** Makes the panel a form. */
  onSubmit?: (event: FormEvent) => void
}

const LAYOUT = "flex h-full flex-col overflow-hidden"

/** What a drawer shows (a form, a result, a list): header, scrolling body, footer buttons. */
export const DrawerPanel = ({ title, description, hideDescription = false, children, aside, footer, onSubmit }: DrawerPanelProps) => {
  const sections = (
    <>
      <Drawer.Header>
        <Drawer.Title>{title}</Drawer.Title>
        <Drawer.Description className={hideDescription ? "sr-only" : "text-ui-fg-subtle txt-small"}>{description}</Drawer.Description>
      </Drawer.Header>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">{children}</Drawer.Body>
      {aside}
      <Drawer.Footer>{footer}</Drawer.Footer>
    </>
  )
  return onSubmit ? (
    <form onSubmit={onSubmit} className={LAYOUT}>
      {sections}
    </form>
  ) : (
    <div className={LAYOUT}>{sections}</div>
  )
}
