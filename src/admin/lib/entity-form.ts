/** How the create / edit form of a named thing maps the saved thing, the values as typed and the request body. */
export type EntityForm<E, V, B> = {
  /** Names the thing in the toasts: `Partner "StreamCo" created`. */
  noun: string
  /** Names it in the drawer's title, lower case: "Create mall item". */
  thing: string
  toForm: (entity: E) => V
  empty: () => V
  /** The body to send; typing mistakes throw a `FormValueError`. */
  toBody: (values: V) => B
  /** What cannot change once the thing exists: left out of updates. */
  fixed?: (keyof B)[]
}

/** A create body without its nulls: a new thing simply has none of those. */
export const withoutNulls = <T extends object>(body: T) =>
  Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null)) as T

/** An update body: the fields that can change. */
export const withoutFixed = <T extends object>(body: T, fixed: (keyof T)[] = []) =>
  Object.fromEntries(Object.entries(body).filter(([key]) => !fixed.includes(key as keyof T))) as Partial<T>
