/** A run over due lots: the moment they are due at (default now) and how many are read at a time. */
export type DueLotsRun = { now?: Date | string; batch_size?: number }

/** Lots seen, transactions written, failed batches and what failed. */
export type LotsRunSummary = { lots: number; posted: number; errors: number; failures: string[] }

export type DueLotRow = { id: string; customer_id: string; remaining: number; order_id: string | null; updated_at: Date | string }
