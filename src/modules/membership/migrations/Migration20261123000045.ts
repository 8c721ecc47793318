import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123000045 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "membership_webhook_event" drop constraint if exists "membership_webhook_event_event_id_unique";`);
    this.addSql(`alter table if exists "membership_charge" drop constraint if exists "membership_charge_idempotency_key_unique";`);
    this.addSql(`alter table if exists "membership_period" drop constraint if exists "membership_period_order_id_unique";`);
    this.addSql(`alter table if exists "membership" drop constraint if exists "membership_customer_id_unique";`);
    this.addSql(`alter table if exists "benefit_usage" drop constraint if exists "benefit_usage_idempotency_key_unique";`);
    this.addSql(`create table if not exists "benefit_usage" ("id" text not null, "membership_id" text not null, "customer_id" text not null, "benefit_type" text not null, "benefit_id" text null, "order_id" text null, "value" numeric not null, "currency_code" text not null, "used_at" timestamptz not null, "idempotency_key" text not null, "raw_value" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "benefit_usage_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_benefit_usage_idempotency_key_unique" ON "benefit_usage" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_benefit_usage_deleted_at" ON "benefit_usage" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_benefit_usage_membership_id_used_at" ON "benefit_usage" ("membership_id", "used_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "membership" ("id" text not null, "customer_id" text not null, "plan_id" text not null, "next_plan_id" text null, "status" text check ("status" in ('trialing', 'active', 'past_due', 'canceled', 'expired')) not null, "current_period_start" timestamptz not null, "current_period_end" timestamptz not null, "trial_ends_at" timestamptz null, "next_charge_at" timestamptz null, "failed_attempts" integer not null default 0, "past_due_since" timestamptz null, "canceled_at" timestamptz null, "ended_at" timestamptz null, "region_id" text null, "currency_code" text null, "sales_channel_id" text null, "email" text null, "payment_provider_id" text null, "payment_method_id" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "membership_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_plan_id" ON "membership" ("plan_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_deleted_at" ON "membership" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_membership_customer_id_unique" ON "membership" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_status_next_charge_at" ON "membership" ("status", "next_charge_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "membership_period" ("id" text not null, "membership_id" text not null, "source" text check ("source" in ('purchase', 'renewal', 'manual')) not null, "plan_id" text not null, "order_id" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "amount" numeric not null, "currency_code" text null, "refunded_amount" numeric not null default 0, "note" text null, "raw_amount" jsonb not null, "raw_refunded_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "membership_period_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_period_membership_id" ON "membership_period" ("membership_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_period_deleted_at" ON "membership_period" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_membership_period_order_id_unique" ON "membership_period" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_period_membership_id_starts_at" ON "membership_period" ("membership_id", "starts_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "membership_event" ("id" text not null, "membership_id" text not null, "type" text check ("type" in ('activated', 'trial_started', 'extended', 'renewed', 'payment_failed', 'canceled', 'resumed', 'expired', 'refunded', 'plan_scheduled', 'plan_switched', 'payment_method_updated', 'payment_method_removed')) not null, "from_status" text null, "to_status" text null, "cause" text not null, "actor" text check ("actor" in ('system', 'customer', 'admin', 'webhook')) not null default 'system', "data" jsonb null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "membership_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_event_membership_id" ON "membership_event" ("membership_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_event_deleted_at" ON "membership_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_event_membership_id_occurred_at" ON "membership_event" ("membership_id", "occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "membership_charge" ("id" text not null, "membership_id" text not null, "idempotency_key" text not null, "due_at" timestamptz not null, "attempt" integer not null, "status" text check ("status" in ('pending', 'succeeded', 'failed')) not null default 'pending', "plan_id" text not null, "cart_id" text null, "order_id" text null, "amount" numeric null, "currency_code" text null, "error" text null, "raw_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "membership_charge_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_charge_membership_id" ON "membership_charge" ("membership_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_membership_charge_idempotency_key_unique" ON "membership_charge" ("idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_charge_deleted_at" ON "membership_charge" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_charge_membership_id_due_at" ON "membership_charge" ("membership_id", "due_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "membership_webhook_event" ("id" text not null, "provider" text not null, "event_id" text not null, "type" text not null, "received_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "membership_webhook_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_membership_webhook_event_event_id_unique" ON "membership_webhook_event" ("event_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_webhook_event_deleted_at" ON "membership_webhook_event" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "membership" add constraint "membership_plan_id_foreign" foreign key ("plan_id") references "membership_plan" ("id") on update cascade;`);

    this.addSql(`alter table if exists "membership_period" add constraint "membership_period_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on update cascade;`);

    this.addSql(`alter table if exists "membership_event" add constraint "membership_event_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on update cascade;`);

    this.addSql(`alter table if exists "membership_charge" add constraint "membership_charge_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on update cascade;`);

    this.addSql(`alter table if exists "membership_plan" add column if not exists "interval" text check ("interval" in ('day', 'month', 'year')) not null default 'month', add column if not exists "interval_count" integer not null default 1, add column if not exists "trial_days" integer not null default 0, add column if not exists "grace_days" integer not null default 0, add column if not exists "dunning_offsets" jsonb not null default '[1,3,5]', add column if not exists "refund_policy" text check ("refund_policy" in ('benefits_used', 'prorated', 'none')) not null default 'prorated';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "membership_period" drop constraint if exists "membership_period_membership_id_foreign";`);

    this.addSql(`alter table if exists "membership_event" drop constraint if exists "membership_event_membership_id_foreign";`);

    this.addSql(`alter table if exists "membership_charge" drop constraint if exists "membership_charge_membership_id_foreign";`);

    this.addSql(`drop table if exists "benefit_usage" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "membership_period" cascade;`);

    this.addSql(`drop table if exists "membership_event" cascade;`);

    this.addSql(`drop table if exists "membership_charge" cascade;`);

    this.addSql(`drop table if exists "membership_webhook_event" cascade;`);

    this.addSql(`alter table if exists "membership_plan" drop column if exists "interval", drop column if exists "interval_count", drop column if exists "trial_days", drop column if exists "grace_days", drop column if exists "dunning_offsets", drop column if exists "refund_policy";`);
  }

}
