import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123083209 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "membership_benefit" drop constraint if exists "membership_benefit_type_check";`);

    this.addSql(`alter table if exists "membership_benefit" add constraint "membership_benefit_type_check" check("type" in ('member_price', 'member_discount', 'free_shipping', 'coupon_drop', 'points_multiplier', 'service', 'identity', 'partner'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "membership_benefit" drop constraint if exists "membership_benefit_type_check";`);

    this.addSql(`alter table if exists "membership_benefit" add constraint "membership_benefit_type_check" check("type" in ('member_price', 'member_discount', 'free_shipping', 'coupon_drop', 'points_multiplier', 'service', 'identity'));`);
  }

}
