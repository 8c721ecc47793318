// Preloaded (`--require`) into a benchmark's Medusa server: counts every statement the process
// sends to Postgres (see `watchStatements`), and of them the transactions begun (BEGIN) and those
// on the tables of Medusa's promotions and adjustments; answers `{ type: "statements" }` on the
// IPC channel with the counts so far.
const { watchStatements } = require("../../integration-tests/helpers/pg-clients")

const BEGIN = /^\s*(begin|start transaction)\b/i
const PROMOTION_TABLES =
  /"(promotion\w*|application_method\w*|cart_promotion|cart_line_item_adjustment|cart_shipping_method_adjustment|order_promotion|order_line_item_adjustment|order_shipping_method_adjustment)"/

let count = 0
let transactions = 0
let promotions = 0
watchStatements((text) => {
  count++
  transactions += BEGIN.test(text) ? 1 : 0
  promotions += PROMOTION_TABLES.test(text) ? 1 : 0
})

process.on("message", (message) => {
  if (message?.type === "statements") {
    process.send({ type: "statements", count, transactions, promotions })
  }
})
