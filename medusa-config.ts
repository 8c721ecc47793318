import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

type WorkerMode = "shared" | "worker" | "server"

const REDIS_URL = process.env.REDIS_URL
const WORKER_MODE = (process.env.MEDUSA_WORKER_MODE || "shared") as WorkerMode

/**
 * Several instances on one Postgres (docs/deploying.md): with `REDIS_URL`, events, workflows,
 * locks and caches go through Redis, so servers and the worker share them. Without it, one
 * process keeps them in memory, as in development.
 */
const redisModules = (redisUrl: string) => [
  {
    resolve: "@medusajs/medusa/event-bus-redis",
    options: {
      redisUrl,
      // A subscriber that fails (e.g. a lock a crashed worker still held) is retried, not dropped.
      jobOptions: {
        attempts: 6,
        backoff: { type: "exponential", delay: 2_000 },
        removeOnComplete: { age: 3_600, count: 1_000 },
        removeOnFail: { age: 86_400, count: 10_000 },
      },
    },
  },
  { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
  {
    resolve: "@medusajs/medusa/locking",
    options: { providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }] },
  },
  {
    resolve: "@medusajs/medusa/caching",
    options: { providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }] },
  },
]

/**
 * The demo store. It loads this repository's `src/` as the application, so the
 * plugin's modules are registered here the way Medusa registers them for a
 * project that installs the published plugin (`plugins: ["medusa-membership"]`).
 */
export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: REDIS_URL,
    workerMode: WORKER_MODE,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:7001",
      authCors: process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000,http://localhost:7001",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
  // The worker serves no admin; servers do unless told otherwise.
  admin: { disable: WORKER_MODE === "worker" || process.env.MEDUSA_DISABLE_ADMIN === "true" },
  modules: [
    {
      resolve: "./src/modules/membership",
      options: {
        // The demo store takes payments with Medusa's system provider; a real store names its
        // Stripe provider (e.g. "pp_stripe_stripe") so trials without a card can be charged.
        renewalPaymentProviderId: process.env.MEMBERSHIP_RENEWAL_PROVIDER_ID || "pp_system_default",
        // The demo has no real payment provider; a real store leaves this off (see README).
        renewWithSystemProvider: true,
        stripeApiKey: process.env.STRIPE_API_KEY,
        stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
      },
    },
    { resolve: "./src/modules/tier" },
    { resolve: "./src/modules/points" },
    { resolve: "./src/modules/partner" },
    ...(REDIS_URL ? redisModules(REDIS_URL) : []),
  ],
})
