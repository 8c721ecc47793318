import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122081213 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "membership_plan" drop constraint if exists "membership_plan_handle_unique";`);
    this.addSql(`create table if not exists "membership_plan" ("id" text not null, "name" text not null, "handle" text not null, "description" text null, "status" text check ("status" in ('active', 'archived')) not null default 'active', "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "membership_plan_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_membership_plan_handle_unique" ON "membership_plan" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_plan_deleted_at" ON "membership_plan" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_membership_plan_status" ON "membership_plan" ("status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "membership_plan" cascade;`);
  }

}
