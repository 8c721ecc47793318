import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123062256 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "points_transaction" drop constraint if exists "points_transaction_idempotency_key_unique";`);
    this.addSql(`alter table if exists "points_program" drop constraint if exists "points_program_key_unique";`);
    this.addSql(`alter table if exists "points_account" drop constraint if exists "points_account_customer_id_unique";`);
    this.addSql(`create table if not exists "points_account" ("id" text not null, "customer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "points_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_points_account_customer_id_unique" ON "points_account" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_account_deleted_at" ON "points_account" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "points_lot" ("id" text not null, "customer_id" text not null, "amount" integer not null, "remaining" integer not null, "pending_until" timestamptz null, "expires_at" timestamptz null, "order_id" text null, "transaction_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "points_lot_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_lot_deleted_at" ON "points_lot" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_lot_customer_id_created_at" ON "points_lot" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_lot_order_id" ON "points_lot" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_lot_expires_at" ON "points_lot" ("expires_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_lot_pending_until" ON "points_lot" ("pending_until") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "points_program" ("id" text not null, "key" text not null, "earn_rates" jsonb not null, "redemption_rates" jsonb not null, "exclude_shipping" boolean not null default true, "exclude_tax" boolean not null default true, "tier_multipliers" jsonb not null, "pending_days" integer not null default 30, "expiry_mode" text check ("expiry_mode" in ('never', 'days', 'end_of_following_year')) not null default 'days', "expiry_days" integer not null default 365, "max_share_percent" integer not null default 50, "min_redemption" integer not null default 100, "timezone" text not null default 'UTC', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "points_program_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_points_program_key_unique" ON "points_program" ("key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_program_deleted_at" ON "points_program" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "points_transaction" ("id" text not null, "customer_id" text not null, "type" text check ("type" in ('earn', 'unlock', 'spend', 'expire', 'reverse', 'refund', 'adjust')) not null, "amount" integer not null, "lots" jsonb not null, "order_id" text null, "cart_id" text null, "reference" text null, "note" text null, "actor" text not null default 'system', "idempotency_key" text not null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "points_transaction_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_points_transaction_idempotency_key_unique" ON "points_transaction" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_transaction_deleted_at" ON "points_transaction" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_transaction_customer_id_created_at" ON "points_transaction" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_transaction_order_id" ON "points_transaction" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_transaction_cart_id" ON "points_transaction" ("cart_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "points_account" cascade;`);

    this.addSql(`drop table if exists "points_lot" cascade;`);

    this.addSql(`drop table if exists "points_program" cascade;`);

    this.addSql(`drop table if exists "points_transaction" cascade;`);
  }

}
