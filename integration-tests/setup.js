const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

process.env.MEDUSA_DISABLE_TELEMETRY = "true"
MetadataStorage.clear()
