import { type FlowRecord, STEPS, type Step } from "./checkout-flow"

export type Goals = { wholeFlow: number; complete: number; statementsPerFlow: number | null }

/** The flows of one shopper on each app: one at a time (timed and counted), and at concurrency. */
export type ShopperRun = {
  kind: string
  sequential: { bare: FlowRecord[]; plugin: FlowRecord[] }
  concurrent: { bare: FlowRecord[]; plugin: FlowRecord[]; bareSeconds: number; pluginSeconds: number; concurrency: number }
  goals: Goals
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

const median = (values: number[]) => percentile(values, 50)
const flowMs = (flow: FlowRecord) => STEPS.reduce((sum, step) => sum + flow.ms[step], 0)
const flowStatements = (flow: FlowRecord) => STEPS.reduce((sum, step) => sum + flow.statements![step], 0)
const msOf = (flows: FlowRecord[], step: Step | "flow") => flows.map((flow) => (step === "flow" ? flowMs(flow) : flow.ms[step]))
const statementsOf = (flows: FlowRecord[], step: Step | "flow") => flows.map((flow) => (step === "flow" ? flowStatements(flow) : flow.statements![step]))
const afterResponseOf = (flows: FlowRecord[]) => flows.map((flow) => flow.statementsAfterResponse!)
const workerOf = (flows: FlowRecord[]) => flows.map((flow) => flow.workerStatements ?? 0)
const promotionsOf = (flows: FlowRecord[]) => flows.map((flow) => flow.promotionStatements ?? 0)
/** A flow's statements in all its app's processes: the server's, and the worker's when there is one. */
const allStatementsOf = (flows: FlowRecord[]) => flows.map((flow) => flowStatements(flow) + (flow.workerStatements ?? 0))
const hasWorker = (run: ShopperRun) => run.sequential.plugin.some((flow) => flow.workerStatements !== null)
const ratio = (plugin: number, bare: number) => `${(plugin / bare).toFixed(2)}×`
const signed = (value: number) => (value >= 0 ? `+${value}` : String(value))

/** Columns padded to their widest cell: the first left-aligned, the others right-aligned. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)))
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ")).join("\n")
}

function statementCells(bare: number, plugin: number): string[] {
  const percent = bare > 0 ? ` (${signed(Math.round(((plugin - bare) / bare) * 100))}%)` : ""
  return [String(bare), String(plugin), `${signed(plugin - bare)}${percent}`]
}

function stepRows(run: ShopperRun): string[][] {
  const { bare, plugin } = run.sequential
  const afterResponse = ["  sent after the response", "", "", "", "", "", "", ...statementCells(median(afterResponseOf(bare)), median(afterResponseOf(plugin)))]
  const rows = [...STEPS, "flow" as const].map((step) => {
    const [bareP50, pluginP50] = [median(msOf(bare, step)), median(msOf(plugin, step))]
    const [bareP95, pluginP95] = [percentile(msOf(bare, step), 95), percentile(msOf(plugin, step), 95)]
    const [bareSt, pluginSt] = [median(statementsOf(bare, step)), median(statementsOf(plugin, step))]
    return [
      step === "flow" ? "whole flow" : step,
      bareP50.toFixed(0),
      pluginP50.toFixed(0),
      ratio(pluginP50, bareP50),
      bareP95.toFixed(0),
      pluginP95.toFixed(0),
      ratio(pluginP95, bareP95),
      ...statementCells(bareSt, pluginSt),
    ]
  })
  rows.splice(STEPS.indexOf("complete") + 1, 0, afterResponse)
  rows.push(["  on promotion tables", "", "", "", "", "", "", ...statementCells(median(promotionsOf(bare)), median(promotionsOf(plugin)))])
  if (hasWorker(run)) {
    const blank = ["", "", "", "", "", ""]
    rows.push(
      ["worker, per flow", ...blank, ...statementCells(median(workerOf(bare)), median(workerOf(plugin)))],
      ["server + worker, per flow", ...blank, ...statementCells(median(allStatementsOf(bare)), median(allStatementsOf(plugin)))]
    )
  }
  return rows
}

function goalRows(run: ShopperRun): string[][] {
  const { bare, plugin } = run.sequential
  const flowRatio = median(msOf(plugin, "flow")) / median(msOf(bare, "flow"))
  const completeRatio = median(msOf(plugin, "complete")) / median(msOf(bare, "complete"))
  const concurrentRatio = median(msOf(run.concurrent.plugin, "flow")) / median(msOf(run.concurrent.bare, "flow"))
  const extra = median(allStatementsOf(plugin)) / median(allStatementsOf(bare)) - 1
  const row = (label: string, goal: number, measured: number, shown: (value: number) => string) => [label, `≤ ${shown(goal)}`, shown(measured), measured <= goal ? "met" : "not met"]
  const times = (value: number) => `${value.toFixed(2)}×`
  const percent = (value: number) => `${signed(Math.round(value * 100))}%`
  return [
    ["goal (issue 17)", "target", "measured", ""],
    row("whole flow p50, one at a time", run.goals.wholeFlow, flowRatio, times),
    row(`whole flow p50, concurrency ${run.concurrent.concurrency}`, run.goals.wholeFlow, concurrentRatio, times),
    row("complete p50", run.goals.complete, completeRatio, times),
    ...(run.goals.statementsPerFlow === null
      ? []
      : [row(hasWorker(run) ? "statements per flow, server + worker" : "statements per flow", run.goals.statementsPerFlow, extra, percent)]),
  ]
}

function concurrencyLine(run: ShopperRun): string {
  const { bare, plugin, bareSeconds, pluginSeconds, concurrency } = run.concurrent
  const p50 = (flows: FlowRecord[], step: Step | "flow") => median(msOf(flows, step))
  const perSecond = (flows: FlowRecord[], seconds: number) => (flows.length / seconds).toFixed(2)
  return [
    `concurrency ${concurrency} (${plugin.length} flows per app): whole flow p50 ${p50(bare, "flow").toFixed(0)} → ${p50(plugin, "flow").toFixed(0)} ms (${ratio(p50(plugin, "flow"), p50(bare, "flow"))}),`,
    `complete p50 ${p50(bare, "complete").toFixed(0)} → ${p50(plugin, "complete").toFixed(0)} ms (${ratio(p50(plugin, "complete"), p50(bare, "complete"))}),`,
    `checkouts/s ${perSecond(bare, bareSeconds)} → ${perSecond(plugin, pluginSeconds)}`,
  ].join(" ")
}

/** One shopper's table: per step, bare Medusa against the plugin app, then the goals beside the measured ratios. */
export function shopperReport(run: ShopperRun): string {
  const header = ["step", "bare p50", "plugin p50", "ratio", "bare p95", "plugin p95", "ratio", "stmts bare", "plugin", "extra"]
  return [
    `── ${run.kind}: ${run.sequential.plugin.length} flows per app, interleaved, one at a time (ms; statements: median per flow) ──`,
    table([header, ...stepRows(run)]),
    concurrencyLine(run),
    table(goalRows(run)),
  ].join("\n")
}
