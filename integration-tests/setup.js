const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

process.env.MEDUSA_DISABLE_TELEMETRY = "true"
// The root config puts an app on Redis when REDIS_URL is set (docs/deploying.md). A developer's
// shell must not do that to every spec: the cluster spec, the one that wants Redis, sets its own.
delete process.env.REDIS_URL
delete process.env.MEDUSA_WORKER_MODE
MetadataStorage.clear()
