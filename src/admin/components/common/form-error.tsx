import { Text } from "@medusajs/ui"

/** The message of a failed submit (the server's, as is), announced to screen readers. */
export const FormError = ({ message }: { message: string | null }) =>
  message ? (
    <Text size="small" className="text-ui-fg-error" role="alert">
      {message}
    </Text>
  ) : null

export const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error))
