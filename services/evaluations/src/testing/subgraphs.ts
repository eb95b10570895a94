import { admin, startTestSubgraphs, type TestSubgraphs } from '@sfxd/kit/testing';
import { honorsSubgraph } from '@sfxd/honors';
import { membersSubgraph } from '@sfxd/members';
import { directoryMaker } from '@sfxd/units/testing';
import { unitsSubgraph } from '@sfxd/units';
import { evaluationsSubgraphWith } from '../subgraph.js';
import type { EvaluationsSettings } from '../settings.js';

/** The evaluations subgraph with the units, members and honors subgraphs it asks, on a fresh database. */
export const startEvaluationsSubgraphs = (settings: Partial<EvaluationsSettings> = {}) =>
  startTestSubgraphs([unitsSubgraph, membersSubgraph, honorsSubgraph, evaluationsSubgraphWith(settings)]);

const NAMES = ['王芳', '李强', '张伟', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周杰', '吴娜'];

/** Makes the records a test evaluates, through the subgraphs that own them, as the committee would. */
export function fixtures(h: TestSubgraphs) {
  const make = directoryMaker(h.client('units'));
  const member = async (unitId: string, i = 0) => {
    const res = await h.client('members')(admin, `mutation($input: CreateMemberInput!) { createMember(input: $input) { id } }`, {
      input: { unitId, name: NAMES[i % NAMES.length], gender: 'FEMALE', birthDate: '1986-04-02', joinedPartyOn: '2010-07-01', status: 'FULL', position: '科员' },
    });
    if (res.errors) throw new Error(`createMember failed: ${JSON.stringify(res.errors)}`);
    return res.data.createMember.id as string;
  };
  return {
    make,
    member,
    /** A unit of its own in an industry of its own, with one team and `members` members. */
    async unit(members = 1, over: Record<string, unknown> = {}) {
      const industryId = (await make.industry()).id;
      const unitId = (await make.unit(industryId, over)).id;
      const teamId = await make.team(unitId);
      const memberIds: string[] = [];
      for (let i = 0; i < members; i++) memberIds.push(await member(unitId, i));
      return { industryId, unitId, teamId, memberIds };
    },
    async campaign(year: number, weights?: { masses: number; peers: number; leaders: number }) {
      const res = await h.client('honors')(admin, `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id year } }`, {
        input: { year, ...(weights ? { weights } : {}) },
      });
      if (res.errors) throw new Error(`createCampaign failed: ${JSON.stringify(res.errors)}`);
      return res.data.createCampaign.id as string;
    },
    async declare(campaignId: string, tier: string, subjectId: string) {
      const res = await h.client('honors')(admin, `mutation($input: DeclareHonorInput!) { declareHonor(input: $input) { id } }`, {
        input: { campaignId, tier, subjectId },
      });
      if (res.errors) throw new Error(`declareHonor failed: ${JSON.stringify(res.errors)}`);
      return res.data.declareHonor.id as string;
    },
  };
}
