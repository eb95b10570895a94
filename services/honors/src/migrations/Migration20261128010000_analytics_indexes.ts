import { Migration } from '@mikro-orm/migrations';

/**
 * managementActions reads the few dynamic-management events among a campaign's many procedure
 * events: without this index it scanned every event (docs/performance.md has the plans). The
 * list is analytics.rules.ts's MANAGEMENT_ACTIONS as of this migration: the planner uses the
 * index only while the query's list matches it.
 */
export class Migration20261128010000_analytics_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "honor_event_management_idx" on "honors"."honor_event" ("honor_id", "at")
      where "action" in ('COMMEND', 'ORDER_RECTIFICATION', 'PASS_RECTIFICATION', 'FAIL_RECTIFICATION', 'REVOKE')`);
  }
}
