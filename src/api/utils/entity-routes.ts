import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"

type RunsWorkflow<I> = (container: MedusaContainer) => { run: (args: { input: I }) => Promise<{ result: unknown }> }

type EntityRoutesOptions<B> = {
  /** The thing by id; Medusa's not-found error (a 404) when there is none. */
  retrieve: (scope: MedusaContainer, id: string) => Promise<unknown>
  update: RunsWorkflow<B & { id: string }>
  remove: RunsWorkflow<{ id: string }>
}

/**
 * `GET`, `POST` (a partial update) and `DELETE` of one admin resource at `…/:id`, the changes
 * through its workflows. Each looks the thing up first, so an unknown id is a 404. The thing is
 * answered under `key` (`{ item: … }`); a delete answers `{ id, object, deleted: true }` with
 * Medusa's name for it (`object`: "points_mall_item").
 */
export function entityRoutes<B>(key: string, object: string, { retrieve, update, remove }: EntityRoutesOptions<B>) {
  const existing = (req: AuthenticatedMedusaRequest<unknown>) => retrieve(req.scope, req.params.id)
  return {
    GET: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
      res.json({ [key]: await existing(req) })
    },
    POST: async (req: AuthenticatedMedusaRequest<B>, res: MedusaResponse) => {
      await existing(req)
      const { result } = await update(req.scope).run({ input: { ...req.validatedBody, id: req.params.id } })
      res.json({ [key]: result })
    },
    DELETE: async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
      await existing(req)
      await remove(req.scope).run({ input: { id: req.params.id } })
      res.json({ id: req.params.id, object, deleted: true })
    },
  }
}
