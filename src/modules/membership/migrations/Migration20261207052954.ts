import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207052954 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_tier" add column if not exists "previous_tier_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "customer_tier" drop column if exists "previous_tier_id";`);
  }

}
