import { QueryClient } from "@tanstack/react-query"

/** The admin extensions' own query client; the dashboard does not share its client with extensions. */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: 1 } },
})
