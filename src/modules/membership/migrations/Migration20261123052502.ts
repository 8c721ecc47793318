import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123052502 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "member_coupon" drop constraint if exists "member_coupon_code_unique";`);
    this.addSql(`alter table if exists "member_coupon" drop constraint if exists "member_coupon_benefit_id_customer_id_period_sequence_unique";`);
    this.addSql(`create table if not exists "member_coupon" ("id" text not null, "benefit_id" text not null, "customer_id" text not null, "period" text not null, "sequence" integer not null, "code" text not null, "value_type" text check ("value_type" in ('fixed', 'percentage')) not null, "value" numeric not null, "currency_code" text null, "promotion_id" text null, "expires_at" timestamptz not null, "raw_value" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "member_coupon_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_member_coupon_deleted_at" ON "member_coupon" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_member_coupon_benefit_id_customer_id_period_sequence_unique" ON "member_coupon" ("benefit_id", "customer_id", "period", "sequence") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_member_coupon_code_unique" ON "member_coupon" ("code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_member_coupon_customer_id_created_at" ON "member_coupon" ("customer_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "member_coupon" cascade;`);
  }

}
