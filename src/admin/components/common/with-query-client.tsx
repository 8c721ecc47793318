import { QueryClientProvider } from "@tanstack/react-query"
import { ComponentType, ReactNode } from "react"
import { queryClient } from "../../lib/query-client"

/** Every extension page and widget renders inside the extensions' own query client. */
export const WithQueryClient = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
)

/** `Component`, rendered inside the extensions' query client (a page, a widget, a breadcrumb). */
export const withQueryClient =
  <P extends object>(Component: ComponentType<P>) =>
  (props: P) => (
    <WithQueryClient>
      <Component {...props} />
    </WithQueryClient>
  )
