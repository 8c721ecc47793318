import { toast, usePrompt } from "@medusajs/ui"
import { errorMessage } from "./form-error"

export type Confirmation = { title: string; description: string; confirmText: string; variant?: "danger" | "confirmation" }

/** Asks the merchant to confirm, then runs the action; a failure is shown as a toast. */
export function useConfirmedAction() {
  const prompt = usePrompt()
  return async (confirmation: Confirmation, action: () => Promise<void>) => {
    if (!(await prompt({ cancelText: "Cancel", variant: "danger", ...confirmation }))) {
      return
    }
    try {
      await action()
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }
}
