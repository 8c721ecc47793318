import { Heading, Text } from "@medusajs/ui"
import { ReactNode } from "react"

export type SectionTitleProps = { title: string; description?: ReactNode; level?: "h1" | "h2" }

type SectionHeaderProps = SectionTitleProps & { children?: ReactNode }

/** A heading and an optional line under it (a section's, or a table toolbar's). */
export const SectionTitle = ({ title, description, level = "h2" }: SectionTitleProps) => (
  <div>
    <Heading level={level}>{title}</Heading>
    {description && (
      <Text size="small" className="text-ui-fg-subtle">
        {description}
      </Text>
    )}
  </div>
)

/** A section's heading, an optional line under it, and its actions on the right. */
export const SectionHeader = ({ children, ...title }: SectionHeaderProps) => (
  <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
    <SectionTitle {...title} />
    {children}
  </div>
)
