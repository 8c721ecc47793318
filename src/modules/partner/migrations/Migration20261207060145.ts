import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207060145 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "partner_audit_entry" drop constraint if exists "partner_audit_entry_aggregate_key_unique";`);
    this.addSql(`alter table if exists "partner_audit_entry" add column if not exists "attempts" integer not null default 1, add column if not exists "aggregate_key" text null;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_audit_entry_aggregate_key_unique" ON "partner_audit_entry" ("aggregate_key") WHERE aggregate_key IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_partner_audit_entry_aggregate_key_unique";`);
    this.addSql(`alter table if exists "partner_audit_entry" drop column if exists "attempts", drop column if exists "aggregate_key";`);
  }

}
