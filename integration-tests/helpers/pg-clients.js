// The `Client` classes of every copy of pg the app loads (knex's and MikroORM's may differ), so
// that a test or a benchmark can watch the statements the process sends to Postgres.
const path = require("path")

function pgClientClasses() {
  const appRoot = path.resolve(__dirname, "../..")
  const copies = new Set([require.resolve("pg", { paths: [appRoot] })])
  try {
    const mikroOrm = path.dirname(require.resolve("@mikro-orm/postgresql", { paths: [appRoot] }))
    copies.add(require.resolve("pg", { paths: [mikroOrm] }))
  } catch {
    // One copy of pg only.
  }
  return [...copies].map((copy) => require(copy).Client)
}

/** Calls `onStatement(text)` before every statement any pg client of the process sends. */
function watchStatements(onStatement) {
  for (const Client of pgClientClasses()) {
    const query = Client.prototype.query
    Client.prototype.query = function watchedQuery(...args) {
      onStatement(typeof args[0] === "string" ? args[0] : args[0]?.text ?? "")
      return query.apply(this, args)
    }
  }
}

module.exports = { watchStatements }
