import { ComponentType } from "react"
import { UIMatch, useParams } from "react-router-dom"
import { withQueryClient } from "./with-query-client"

/** A page of one section, or of several one above the other. */
export const extensionPage = (...sections: ComponentType[]) => {
  const [Only] = sections
  const Sections = () =>
    sections.length === 1 ? (
      <Only />
    ) : (
      <div className="flex flex-col gap-y-3">
        {sections.map((Section, index) => (
          <Section key={index} />
        ))}
      </div>
    )
  return withQueryClient(Sections)
}

type ById = ComponentType<{ id: string }>

/** The page of one thing, by the `:id` of its route. */
export const detailPage = (Detail: ById) => {
  const DetailById = () => {
    const { id } = useParams()
    return id ? <Detail id={id} /> : null
  }
  return withQueryClient(DetailById)
}

/** A detail page's breadcrumb: the thing's name (`Crumb`), or `fallback` without an id. */
export const detailBreadcrumb = (Crumb: ById, fallback: string) => (match: UIMatch) =>
  match.params.id ? <Crumb id={match.params.id} /> : fallback
