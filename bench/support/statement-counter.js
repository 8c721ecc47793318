// Preloaded (`--require`) into a benchmark's Medusa server: counts every statement the process
// sends to Postgres (each `query` of a pg Client, on every copy of pg Medusa loads: knex's and
// MikroORM's) and answers `{ type: "statements" }` on the IPC channel with the count so far, and
// the transactions begun (statements that start with BEGIN).
const path = require("path")

let count = 0
let transactions = 0
const BEGIN = /^\s*(begin|start transaction)\b/i

function countQueriesOf(pgPath) {
  const { Client } = require(pgPath)
  const query = Client.prototype.query
  Client.prototype.query = function countedQuery(...args) {
    count++
    const text = typeof args[0] === "string" ? args[0] : args[0]?.text
    if (BEGIN.test(text ?? "")) {
      transactions++
    }
    return query.apply(this, args)
  }
}

const appRoot = path.resolve(__dirname, "../..")
const pgCopies = new Set([require.resolve("pg", { paths: [appRoot] })])
try {
  const mikroOrm = path.dirname(require.resolve("@mikro-orm/postgresql", { paths: [appRoot] }))
  pgCopies.add(require.resolve("pg", { paths: [mikroOrm] }))
} catch {
  // One copy of pg only.
}
pgCopies.forEach(countQueriesOf)

process.on("message", (message) => {
  if (message?.type === "statements") {
    process.send({ type: "statements", count, transactions })
  }
})
