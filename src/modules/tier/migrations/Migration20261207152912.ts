import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Indexes for re-evaluating a million members: the customers whose groups are behind their tier
 * (a sync with nothing to do reads nothing), and the ledger per customer with what evaluation
 * sums included, so a batch reads the index alone (the model cannot declare an INCLUDE; it
 * replaces the (customer_id, counts_at) index, the same key).
 */
export class Migration20261207152912 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_tier_customer_id" ON "customer_tier" ("customer_id") WHERE tier_id IS DISTINCT FROM synced_tier_id AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_growth_entry_customer_totals" ON "growth_entry" ("customer_id", "counts_at") INCLUDE ("amount", "reason", "spend_value", "order_count") WHERE deleted_at IS NULL;`);
    this.addSql(`drop index if exists "IDX_growth_entry_customer_id_counts_at";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_customer_tier_customer_id";`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_growth_entry_customer_id_counts_at" ON "growth_entry" ("customer_id", "counts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`drop index if exists "IDX_growth_entry_customer_totals";`);
  }

}
