import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * The demo store. It loads this repository's `src/` as the application, so the
 * plugin's modules are registered here the way Medusa registers them for a
 * project that installs the published plugin (`plugins: ["medusa-membership"]`).
 */
export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:7001",
      authCors: process.env.AUTH_CORS || "http://localhost:8000,http://localhost:9000,http://localhost:7001",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
  },
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
  ],
})
