import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207152316 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "membership_cart_pricing" drop constraint if exists "membership_cart_pricing_cart_id_unique";`);
    this.addSql(`create table if not exists "membership_cart_pricing" ("id" text not null, "cart_id" text not null, "context_key" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "membership_cart_pricing_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_cart_pricing_deleted_at" ON "membership_cart_pricing" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_membership_cart_pricing_cart_id_unique" ON "membership_cart_pricing" ("cart_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "membership_cart_pricing" cascade;`);
  }

}
