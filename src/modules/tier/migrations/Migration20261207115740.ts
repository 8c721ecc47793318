import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The tier module's first migration. Its four tables (tier, program, growth ledger, customer
 * tier) were the membership module's until the tier module was split out of it: on an existing
 * database the membership module's earlier migrations created them and hold their rows, and on a
 * fresh one they still create them first. So every statement here is idempotent (`if exists` /
 * `if not exists`, checks inside `create table`): it creates what is missing and leaves existing
 * tables and rows as they are. `down` drops nothing, for the same reason.
 */
export class Migration20261207115740 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "tier_program" drop constraint if exists "tier_program_key_unique";`);
    this.addSql(`alter table if exists "membership_tier" drop constraint if exists "membership_tier_rank_unique";`);
    this.addSql(`alter table if exists "growth_entry" drop constraint if exists "growth_entry_idempotency_key_unique";`);
    this.addSql(`alter table if exists "customer_tier" drop constraint if exists "customer_tier_customer_id_unique";`);
    this.addSql(`create table if not exists "customer_tier" ("id" text not null, "customer_id" text not null, "tier_id" text null, "previous_tier_id" text null, "synced_tier_id" text null, "achieved_at" timestamptz null, "protected_until" timestamptz null, "evaluated_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_tier_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_tier_customer_id_unique" ON "customer_tier" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_tier_deleted_at" ON "customer_tier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_tier_tier_id" ON "customer_tier" ("tier_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "growth_entry" ("id" text not null, "customer_id" text not null, "amount" integer not null, "reason" text check ("reason" in ('order', 'refund', 'return', 'cancel', 'check_in', 'task', 'manual', 'expiry')) not null, "reference" text null, "order_id" text null, "currency_code" text null, "basis_amount" numeric null, "spend_value" numeric null, "order_count" integer not null default 0, "note" text null, "actor" text not null default 'system', "counts_at" timestamptz not null, "idempotency_key" text not null, "metadata" jsonb null, "raw_basis_amount" jsonb null, "raw_spend_value" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "growth_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_growth_entry_idempotency_key_unique" ON "growth_entry" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_growth_entry_deleted_at" ON "growth_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_growth_entry_customer_id_counts_at" ON "growth_entry" ("customer_id", "counts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_growth_entry_order_id" ON "growth_entry" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "membership_tier" ("id" text not null, "name" text not null, "rank" integer not null, "threshold" integer not null default 0, "rfm_min_spend" integer not null default 0, "rfm_min_orders" integer not null default 0, "badge_label" text null, "badge_color" text null, "badge_icon" text null, "description" text null, "customer_group_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "membership_tier_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_tier_deleted_at" ON "membership_tier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_membership_tier_rank_unique" ON "membership_tier" ("rank") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "tier_program" ("id" text not null, "key" text not null, "mode" text check ("mode" in ('growth', 'rfm')) not null default 'growth', "window_days" integer null, "downgrade_policy" text check ("downgrade_policy" in ('never', 'scheduled')) not null default 'never', "protection_days" integer not null default 0, "award_on" text check ("award_on" in ('capture', 'completion')) not null default 'capture', "exclude_shipping" boolean not null default true, "exclude_tax" boolean not null default true, "earn_rates" jsonb not null, "order_bonus" integer not null default 0, "plan_multipliers" jsonb not null, "check_in_growth" integer not null default 0, "streak_days" integer null, "streak_bonus" integer not null default 0, "timezone" text not null default 'UTC', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "tier_program_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_tier_program_key_unique" ON "tier_program" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_tier_program_deleted_at" ON "tier_program" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    // Nothing: the tables and their rows predate this module (see above).
  }

}
