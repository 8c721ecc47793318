import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123083208 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "partner_request" drop constraint if exists "partner_request_partner_id_idempotency_key_unique";`);
    this.addSql(`alter table if exists "partner_rate_window" drop constraint if exists "partner_rate_window_key_id_window_start_unique";`);
    this.addSql(`alter table if exists "partner_code" drop constraint if exists "partner_code_claim_key_unique";`);
    this.addSql(`alter table if exists "partner_code" drop constraint if exists "partner_code_benefit_id_customer_id_entitlement_key_unique";`);
    this.addSql(`alter table if exists "partner_code" drop constraint if exists "partner_code_partner_id_code_hash_unique";`);
    this.addSql(`alter table if exists "partner_api_key" drop constraint if exists "partner_api_key_prefix_unique";`);
    this.addSql(`create table if not exists "partner" ("id" text not null, "name" text not null, "status" text check ("status" in ('active', 'suspended')) not null default 'active', "contact_name" text null, "contact_email" text null, "notes" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_deleted_at" ON "partner" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_status" ON "partner" ("status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "partner_api_key" ("id" text not null, "partner_id" text not null, "name" text not null, "prefix" text not null, "key_hash" text not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_api_key_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_api_key_prefix_unique" ON "partner_api_key" ("prefix") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_api_key_deleted_at" ON "partner_api_key" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_api_key_partner_id" ON "partner_api_key" ("partner_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "partner_audit_entry" ("id" text not null, "partner_id" text null, "key_prefix" text null, "action" text not null, "code_fingerprint" text null, "result" text not null, "status_code" integer not null, "ip" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_audit_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_audit_entry_deleted_at" ON "partner_audit_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_audit_entry_partner_id_created_at" ON "partner_audit_entry" ("partner_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_audit_entry_created_at" ON "partner_audit_entry" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "partner_code" ("id" text not null, "partner_id" text not null, "benefit_id" text not null, "code" text not null, "code_hash" text not null, "fingerprint" text not null, "source" text check ("source" in ('pool', 'generated')) not null, "import_id" text null, "status" text check ("status" in ('available', 'assigned', 'redeemed', 'void')) not null default 'available', "customer_id" text null, "membership_id" text null, "entitlement_key" text null, "claim_key" text null, "assigned_at" timestamptz null, "expires_at" timestamptz null, "redeemed_at" timestamptz null, "voided_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_code_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_code_deleted_at" ON "partner_code" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_code_partner_id_code_hash_unique" ON "partner_code" ("partner_id", "code_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_code_benefit_id_customer_id_entitlement_key_unique" ON "partner_code" ("benefit_id", "customer_id", "entitlement_key") WHERE customer_id IS NOT NULL AND status IN ('assigned', 'redeemed') AND deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_code_claim_key_unique" ON "partner_code" ("claim_key") WHERE claim_key IS NOT NULL AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_code_benefit_id_status" ON "partner_code" ("benefit_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_code_customer_id" ON "partner_code" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "partner_code_import" ("id" text not null, "partner_id" text not null, "benefit_id" text not null, "filename" text null, "rows" integer not null, "imported" integer not null, "duplicates" integer not null, "malformed" integer not null, "report" jsonb not null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_code_import_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_code_import_deleted_at" ON "partner_code_import" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_code_import_benefit_id_created_at" ON "partner_code_import" ("benefit_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "partner_rate_window" ("id" text not null, "key_id" text not null, "window_start" timestamptz not null, "hits" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_rate_window_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_rate_window_deleted_at" ON "partner_rate_window" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_rate_window_key_id_window_start_unique" ON "partner_rate_window" ("key_id", "window_start") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_rate_window_window_start" ON "partner_rate_window" ("window_start") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "partner_request" ("id" text not null, "partner_id" text not null, "idempotency_key" text not null, "request" text not null, "status_code" integer not null, "response" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "partner_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_partner_request_deleted_at" ON "partner_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_partner_request_partner_id_idempotency_key_unique" ON "partner_request" ("partner_id", "idempotency_key") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner" cascade;`);

    this.addSql(`drop table if exists "partner_api_key" cascade;`);

    this.addSql(`drop table if exists "partner_audit_entry" cascade;`);

    this.addSql(`drop table if exists "partner_code" cascade;`);

    this.addSql(`drop table if exists "partner_code_import" cascade;`);

    this.addSql(`drop table if exists "partner_rate_window" cascade;`);

    this.addSql(`drop table if exists "partner_request" cascade;`);
  }

}
