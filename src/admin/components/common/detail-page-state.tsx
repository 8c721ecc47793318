import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { errorMessage } from "./form-error"

type DetailPageStateProps<T> = {
  query: { data: T | undefined; isLoading: boolean; error: Error | null }
  /** The heading when the thing cannot be shown: "Partner not found". */
  notFound: string
  children: (data: T) => ReactNode
}

/** A detail page: a placeholder while the thing loads, why it cannot be shown, or the page. */
export const DetailPageState = <T,>({ query: { data, isLoading, error }, notFound, children }: DetailPageStateProps<T>) => {
  if (isLoading) {
    return <Skeleton className="h-[400px] w-full rounded-lg" />
  }
  if (error || !data) {
    return (
      <Container className="px-6 py-4">
        <Heading>{notFound}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {errorMessage(error)}
        </Text>
      </Container>
    )
  }
  return <>{children(data)}</>
}
