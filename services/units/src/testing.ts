import { admin, unique, type Ask } from '@sfxd/kit/testing';

/**
 * Makes directory records for a test through the units subgraph, as the committee would: each
 * call makes a new one with codes and names no other test uses. Other packages' tests (members)
 * use it to get units and teams of their own.
 */
export function directoryMaker(units: Ask) {
  const made = async (query: string, input: Record<string, unknown>, field: string): Promise<{ id: string; code?: string; name: string }> => {
    const res = await units(admin, query, { input });
    if (res.errors || !res.data?.[field]) throw new Error(`${field} failed: ${JSON.stringify(res.errors)}`);
    return res.data[field];
  };
  return {
    industry: (over: Record<string, unknown> = {}) =>
      made('mutation($input: CreateIndustryInput!) { createIndustry(input: $input) { id code name } }', { code: unique('I'), name: `行业${unique()}`, ...over }, 'createIndustry'),
    unit: (industryId: string, over: Record<string, unknown> = {}) =>
      made('mutation($input: CreateUnitInput!) { createUnit(input: $input) { id code name } }', { code: unique('U'), name: `单位${unique()}`, industryId, ...over }, 'createUnit'),
    team: async (unitId: string, name = `科室${unique()}`) =>
      (await made('mutation($input: CreateTeamInput!) { createTeam(input: $input) { id name } }', { unitId, name }, 'createTeam')).id,
  };
}
