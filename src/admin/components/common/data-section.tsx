import { Container } from "@medusajs/ui"
import { ReactNode } from "react"
import { SectionHeader, SectionTitleProps } from "./section-header"
import { SectionLoadState } from "./section-load-state"

type DataSectionProps<T> = SectionTitleProps & {
  /** Names the section for assistive tech by its title. */
  region?: boolean
  query: { data: T | undefined; isLoading: boolean; error: Error | null }
  /** Starts the message when the data could not be loaded: "Points" → "Points could not be loaded: …". */
  subject: string
  /** The placeholder's height class, e.g. `h-[120px]`. */
  skeletonHeight: string
  /** The header's buttons, for the data once it is there. */
  actions?: (data: T) => ReactNode
  /** The section's rows for the data. */
  children: (data: T) => ReactNode
}

/** A detail section of data loaded on its own: its header, a placeholder or why it could not load, then its rows. */
export const DataSection = <T,>({
  region,
  query: { data, isLoading, error },
  subject,
  skeletonHeight,
  actions,
  children,
  ...heading
}: DataSectionProps<T>) => (
  <Container className="divide-y p-0" {...(region ? { role: "region", "aria-label": heading.title } : {})}>
    <SectionHeader {...heading}>{data && actions?.(data)}</SectionHeader>
    <SectionLoadState isLoading={isLoading} skeletonHeight={skeletonHeight} error={data ? null : error} subject={subject} />
    {data && children(data)}
  </Container>
)
