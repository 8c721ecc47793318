import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123083258 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "points_mall_item" add column if not exists "partner_benefit_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "points_mall_item" drop column if exists "partner_benefit_id";`);
  }

}
