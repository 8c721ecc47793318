/** Turning what a form holds (strings, as typed) into what a request sends. */

/** A value the form cannot send; the message names the field as the form labels it. */
export class FormValueError extends Error {}

/** A whole number, `undefined` when the field is empty; `signed` also takes "-5". */
export function wholeNumber(value: string, label: string, { signed = false } = {}) {
  const text = value.trim()
  if (!text) {
    return undefined
  }
  if (!(signed ? /^-?\d+$/ : /^\d+$/).test(text)) {
    throw new FormValueError(`${label} must be a whole number`)
  }
  return Number(text)
}

/** A number of zero or more, decimals allowed ("1.5"), `undefined` when the field is empty. */
export function decimalNumber(value: string, label: string) {
  const text = value.trim()
  if (!text) {
    return undefined
  }
  if (!/^\d+(\.\d+)?$/.test(text)) {
    throw new FormValueError(`${label} must be a number of zero or more, e.g. 1.5`)
  }
  return Number(text)
}

/** "1, 3, 5" → [1, 3, 5]; `example` shows the expected shape in the error. */
export function numberList(value: string, label: string, { decimals = false, example = "1, 3, 5" } = {}) {
  const parts = value.split(",").map((part) => part.trim()).filter(Boolean)
  const shape = decimals ? /^\d+(\.\d+)?$/ : /^\d+$/
  if (parts.some((part) => !shape.test(part))) {
    const kind = decimals ? "numbers" : "whole numbers"
    throw new FormValueError(`${label} must be ${kind} separated by commas, e.g. ${example}`)
  }
  return parts.map(Number)
}

/** "2026-12-01" for the merchant's own day of `iso`. */
export const dayOf = (iso: string | null) => {
  if (!iso) {
    return ""
  }
  const date = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, "0")
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The start of the merchant's day `day`, or the end of it (`end`), as ISO; null when empty. */
export const dayBoundary = (day: string, label: string, end = false) => {
  if (!day) {
    return null
  }
  const date = new Date(`${day}T${end ? "23:59:59.999" : "00:00:00"}`)
  if (Number.isNaN(date.getTime())) {
    throw new FormValueError(`${label} must be a date`)
  }
  return date.toISOString()
}

let rowCounter = 0
/** A key for a new row of a rows editor (React keys must survive removing a row above). */
export const newRowKey = (prefix: string) => `${prefix}-${++rowCounter}`
