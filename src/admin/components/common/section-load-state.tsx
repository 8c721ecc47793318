import { Skeleton, Text } from "@medusajs/ui"

/** Why a section's data could not be loaded: "Points could not be loaded: …". */
export const LoadError = ({ subject, error }: { subject: string; error: Error }) => (
  <Text size="small" className="text-ui-fg-subtle px-6 py-4">
    {subject} could not be loaded: {error.message}
  </Text>
)

type SectionLoadStateProps = {
  isLoading: boolean
  /** The placeholder's height class, e.g. `h-[120px]`. */
  skeletonHeight: string
  error: Error | null | undefined
  /** What failed to load, starting the message. */
  subject: string
}

/** A section's placeholder while its data loads, and the reason when it could not load. */
export const SectionLoadState = ({ isLoading, skeletonHeight, error, subject }: SectionLoadStateProps) => (
  <>
    {isLoading && (
      <div className="px-6 py-4">
        <Skeleton className={`${skeletonHeight} w-full`} />
      </div>
    )}
    {error && <LoadError subject={subject} error={error} />}
  </>
)
