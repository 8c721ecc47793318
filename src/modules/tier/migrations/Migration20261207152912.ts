import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207152912 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_tier_customer_id" ON "customer_tier" ("customer_id") WHERE tier_id IS DISTINCT FROM synced_tier_id AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_customer_tier_customer_id";`);
  }

}
