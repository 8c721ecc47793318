import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123040359 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "membership_benefit" ("id" text not null, "name" text not null, "description" text null, "type" text check ("type" in ('member_price', 'member_discount', 'free_shipping', 'coupon_drop', 'points_multiplier', 'service', 'identity')) not null, "config" jsonb not null, "plan_ids" jsonb not null, "tier_ids" jsonb not null, "starts_at" timestamptz null, "ends_at" timestamptz null, "status" text check ("status" in ('active', 'archived')) not null default 'active', "cost_per_use" numeric null, "cost_per_member_month" numeric null, "cost_currency_code" text null, "raw_cost_per_use" jsonb null, "raw_cost_per_member_month" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "membership_benefit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_benefit_deleted_at" ON "membership_benefit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_benefit_type" ON "membership_benefit" ("type") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_benefit_status" ON "membership_benefit" ("status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "membership_benefit" cascade;`);
  }

}
