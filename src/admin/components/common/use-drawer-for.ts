import { useState } from "react"

/**
 * Which thing a create / edit drawer shows (null: a new one). Closing keeps the thing, so the
 * drawer's content does not change while it slides out.
 */
export function useDrawerFor<T>() {
  const [state, setState] = useState<{ open: boolean; item: T | null }>({ open: false, item: null })
  return {
    item: state.item,
    open: (item: T | null) => setState({ open: true, item }),
    drawer: { open: state.open, onOpenChange: (open: boolean) => setState((current) => ({ ...current, open })) },
  }
}
