/** What every list route answers beside its rows, as Medusa's own lists do. */
export type Page = { count: number; offset: number; limit: number }

/** A list route's pagination: `limit` 1–100 (default 20), `offset` from 0. */
export type PageParams = { limit: number; offset: number }

/** What a DELETE route answers: `object` names what was deleted (`"membership_plan"`…). */
export type Deleted<Object extends string> = { id: string; object: Object; deleted: boolean }

/** An error a route words itself (`{ type: "conflict", message }`…). */
export type ErrorBody = { type: string; message: string }
