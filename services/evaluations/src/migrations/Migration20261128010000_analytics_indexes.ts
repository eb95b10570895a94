import { Migration } from '@mikro-orm/migrations';

/**
 * evaluationCriteria of one unit or subject reads the scores of a few hundred evaluations: with
 * the scores in the index it reads them there instead of scanning every score of every
 * evaluation (docs/performance.md has the plans).
 */
export class Migration20261128010000_analytics_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "evaluation_score_evaluation_idx" on "evaluations"."evaluation_score" ("evaluation_id") include ("criterion", "score")`);
  }
}
