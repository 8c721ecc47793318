import { toast } from "@medusajs/ui"

/**
 * A success toast with a second line. Passing options to @medusajs/ui's toast drops its default
 * position, so this keeps it where every other toast of the dashboard shows (top right).
 */
export const toastSuccess = (title: string, description: string) =>
  toast.success(title, { description, position: "top-right" })
