import { sdk } from "./sdk"

/** The plugin's admin routes, called through the SDK's client (the admin's session authenticates them). */
export const adminGet = <T>(path: string, query?: Record<string, unknown>) => sdk.client.fetch<T>(path, { query })

export const adminPost = <T>(path: string, body?: object) => sdk.client.fetch<T>(path, { method: "POST", body })

export const adminDelete = <T>(path: string) => sdk.client.fetch<T>(path, { method: "DELETE" })
