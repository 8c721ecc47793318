import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207055829 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "points_redeem_answer" drop constraint if exists "points_redeem_answer_customer_id_idempotency_key_unique";`);
    this.addSql(`create table if not exists "points_redeem_answer" ("id" text not null, "customer_id" text not null, "idempotency_key" text not null, "item_id" text not null, "status_code" integer not null, "body" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "points_redeem_answer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_points_redeem_answer_deleted_at" ON "points_redeem_answer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_points_redeem_answer_customer_id_idempotency_key_unique" ON "points_redeem_answer" ("customer_id", "idempotency_key") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "points_redeem_answer" cascade;`);
  }

}
