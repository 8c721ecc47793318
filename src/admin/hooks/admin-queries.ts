import { keepPreviousData, QueryKey, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { PageParams } from "../../types/http"
import { adminDelete, adminGet, adminPost } from "../lib/admin-fetch"

/** What the pages read of the things a store has few of (plans, tiers, mall items): all of them. */
export const ALL: PageParams = { limit: 100, offset: 0 }

type QueryOptions = { query?: Record<string, unknown>; enabled?: boolean; staleTime?: number }

/** One admin route's answer. Options left out keep the query client's defaults. */
export function useAdminQuery<T>(queryKey: QueryKey, path: string, { query, ...options }: QueryOptions = {}) {
  return useQuery({ queryKey, queryFn: () => adminGet<T>(path, query), ...options })
}

/** A page of a list: the page shown stays on screen while the next one loads. */
export function usePagedQuery<T>(queryKey: QueryKey, path: string, query: Record<string, unknown>, options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey, queryFn: () => adminGet<T>(path, query), placeholderData: keepPreviousData, ...options })
}

/** A change after which every query under `staleKeys` is refetched (the mutation settles once they are). */
export function useInvalidatingMutation<V, R>(mutationFn: (variables: V) => Promise<R>, staleKeys: readonly QueryKey[]) {
  const client = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () => Promise.all(staleKeys.map((queryKey) => client.invalidateQueries({ queryKey }))),
  })
}

/**
 * The create, update and delete hooks of the resource at `path` (`POST path`, `POST path/:id`,
 * `DELETE path/:id`); every change makes `staleKeys` stale.
 */
export function crudMutations<Saved, CreateBody extends object, UpdateBody extends object, Deleted>(path: string, staleKeys: readonly QueryKey[]) {
  return {
    useCreate: () => useInvalidatingMutation((body: CreateBody) => adminPost<Saved>(path, body), staleKeys),
    useUpdate: () =>
      useInvalidatingMutation(({ id, ...body }: UpdateBody & { id: string }) => adminPost<Saved>(`${path}/${id}`, body), staleKeys),
    useDelete: () => useInvalidatingMutation((id: string) => adminDelete<Deleted>(`${path}/${id}`), staleKeys),
  }
}
