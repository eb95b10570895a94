import { inPool, request } from '../api/client.js';
import { UnitActivityTotalsBatch } from '../api/documents.js';
import type { UnitActivityTotalsBatchQueryVariables } from '../api/gql/graphql.js';
import type { ActivityTotalRow } from '../model/activity.js';
import { fixedBatches } from '../model/units.js';

/** Ids per request: the document's ten aliased units. */
const BATCH = 10;
/** Requests in flight at once: enough to hide latency, few enough to leave the gateway room. */
const PARALLEL = 3;

/** The year's activity totals of each unit (by id), asked ten units at a time. */
export async function activityTotalsByUnit(unitIds: readonly string[], year: number): Promise<Map<string, ActivityTotalRow[]>> {
  const answers = await inPool(fixedBatches(unitIds, BATCH), PARALLEL, (ids) => {
    const variables = { year, ...Object.fromEntries(ids.map((id, i) => [`u${i}`, id])) } as UnitActivityTotalsBatchQueryVariables;
    return request(UnitActivityTotalsBatch, variables);
  });
  const byUnit = new Map<string, ActivityTotalRow[]>();
  for (const answer of answers) {
    for (const unit of Object.values(answer)) if (unit) byUnit.set(unit.id, unit.activityTotals);
  }
  return byUnit;
}
