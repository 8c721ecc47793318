import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123052151 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "benefit_usage" add column if not exists "reversed_value" numeric not null default 0, add column if not exists "raw_reversed_value" jsonb not null default '{"value":"0","precision":20}';`);
    this.addSql(`alter table if exists "benefit_usage" alter column "membership_id" type text using ("membership_id"::text);`);
    this.addSql(`alter table if exists "benefit_usage" alter column "membership_id" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "benefit_usage" drop column if exists "reversed_value", drop column if exists "raw_reversed_value";`);

    this.addSql(`alter table if exists "benefit_usage" alter column "membership_id" type text using ("membership_id"::text);`);
    this.addSql(`alter table if exists "benefit_usage" alter column "membership_id" set not null;`);
  }

}
