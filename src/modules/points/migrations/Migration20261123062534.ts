import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123062534 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "points_redemption" drop constraint if exists "points_redemption_customer_id_idempotency_key_unique";`);
    this.addSql(`create table if not exists "points_mall_item" ("id" text not null, "name" text not null, "description" text null, "image_url" text null, "kind" text check ("kind" in ('variant', 'coupon', 'partner_code')) not null, "points_price" integer not null, "cash_price" numeric null, "currency_code" text null, "variant_id" text null, "coupon" jsonb null, "stock" integer null, "limit_per_member" integer null, "limit_period" text check ("limit_period" in ('day', 'month', 'year', 'ever')) not null default 'ever', "tier_ids" jsonb not null, "starts_at" timestamptz null, "ends_at" timestamptz null, "status" text check ("status" in ('active', 'archived')) not null default 'active', "raw_cash_price" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "points_mall_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_mall_item_deleted_at" ON "points_mall_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_mall_item_status" ON "points_mall_item" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "points_redemption" ("id" text not null, "item_id" text not null, "customer_id" text not null, "points" integer not null, "cash_amount" numeric null, "currency_code" text null, "status" text check ("status" in ('completed', 'canceled')) not null default 'completed', "order_id" text null, "promotion_id" text null, "code" text null, "transaction_id" text not null, "idempotency_key" text not null, "raw_cash_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "points_redemption_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_redemption_deleted_at" ON "points_redemption" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_points_redemption_customer_id_idempotency_key_unique" ON "points_redemption" ("customer_id", "idempotency_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_redemption_item_id_customer_id_created_at" ON "points_redemption" ("item_id", "customer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_redemption_customer_id_created_at" ON "points_redemption" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "points_mall_item" cascade;`);

    this.addSql(`drop table if exists "points_redemption" cascade;`);
  }

}
