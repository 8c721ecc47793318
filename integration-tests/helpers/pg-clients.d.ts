/** Calls `onStatement(text)` before every statement any pg client of the process sends. */
export function watchStatements(onStatement: (text: string) => void): void
