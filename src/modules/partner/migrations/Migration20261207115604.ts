import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261207115604 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "partner_request" add column if not exists "outcome" text null;`);
    this.addSql(`alter table if exists "partner_request" alter column "status_code" type integer using ("status_code"::integer);`);
    this.addSql(`alter table if exists "partner_request" alter column "status_code" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "partner_request" drop column if exists "outcome";`);

    this.addSql(`alter table if exists "partner_request" alter column "status_code" type integer using ("status_code"::integer);`);
    this.addSql(`alter table if exists "partner_request" alter column "status_code" set not null;`);
  }

}
