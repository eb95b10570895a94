/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 示范活动类型 */
export type ActivityType =
  /** 走基层 */
  | 'GRASSROOTS_VISIT'
  /** 岗位竞赛 */
  | 'POST_COMPETITION'
  /** 精准扶贫结对帮扶 */
  | 'POVERTY_PAIRING'
  /** 亮承诺 */
  | 'PUBLIC_COMMITMENT'
  /** 技能比武 */
  | 'SKILL_CONTEST'
  /** 双报到志愿服务 */
  | 'VOLUNTEER_SERVICE';

/** A tier's evaluation criterion (POST_*, TEAM_*, UNIT_*, INDUSTRY_*) */
export type Criterion =
  /** 作风行风好 Work style and sector conduct */
  | 'INDUSTRY_CONDUCT'
  /** 班子带头示范好 Leadership leading by example */
  | 'INDUSTRY_LEADERSHIP'
  /** 工作业绩好 Results serving the centre */
  | 'INDUSTRY_RESULTS'
  /** 守规矩重品行 Rules and conduct */
  | 'POST_DISCIPLINE'
  /** 担当作为 Responsibility and results */
  | 'POST_DUTY'
  /** 政治合格 Political direction and loyalty */
  | 'POST_POLITICAL'
  /** 联系服务群众 Serving the masses */
  | 'POST_SERVICE'
  /** 创新创业好 Innovation and hard problems */
  | 'TEAM_INNOVATION'
  /** 工作业绩好 Results */
  | 'TEAM_RESULTS'
  /** 工作作风好 Work style and service */
  | 'TEAM_STYLE'
  /** 团结协作好 Unity and mutual help */
  | 'TEAM_UNITY'
  /** 推动工作好 Driving the work */
  | 'UNIT_DRIVE'
  /** 党员带头示范好 Members leading by example */
  | 'UNIT_EXAMPLE'
  /** 领导班子好 Leadership team */
  | 'UNIT_LEADERSHIP'
  /** 服务群众好 Serving the masses */
  | 'UNIT_SERVICE';

export type CriterionScoreInput = {
  criterion: Criterion;
  /** 0–100 */
  score: number;
};

/** A candidacy: a member for POST, a team for TEAM, a unit for UNIT, an industry for INDUSTRY */
export type DeclareHonorInput = {
  campaignId: string;
  /** The member, team, unit or industry declared */
  subjectId: string;
  tier: HonorTier;
};

/** 优秀 ≥ 90, 良好 ≥ 80, 一般 ≥ 60, 差 below, of the published weighted score */
export type EvaluationGrade =
  /** 优秀 Excellent */
  | 'EXCELLENT'
  /** 一般 Fair */
  | 'FAIR'
  /** 良好 Good */
  | 'GOOD'
  /** 差 Poor */
  | 'POOR';

/** What an evaluation round is for */
export type EvaluationRoundKind =
  /** 群众评议 Mass review of candidacies */
  | 'MASS_REVIEW'
  /** 年中评议 Mid-year review */
  | 'MID_YEAR_REVIEW'
  /** 年终考核 Year-end assessment */
  | 'YEAR_END_ASSESSMENT';

/** SCHEDULED before opensOn; OPEN from opensOn to closesOn (Beijing dates) unless closed; CLOSED after closesOn or once closed */
export type EvaluationRoundStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'SCHEDULED';

/** 三评: who evaluates */
export type EvaluatorKind =
  /** 领导点评 Review by leaders */
  | 'LEADERS'
  /** 群众评议 Review by the masses */
  | 'MASSES'
  /** 党员互评 Review by fellow Party members */
  | 'PEERS';

/** 性别 */
export type Gender =
  | 'FEMALE'
  | 'MALE';

/** A step of the naming procedure or of the dynamic management of a named honor */
export type HonorAction =
  | 'COMMEND'
  | 'CONFIRM'
  | 'FAIL_RECTIFICATION'
  | 'NAME'
  | 'ORDER_RECTIFICATION'
  | 'PASS_RECTIFICATION'
  | 'PUBLICIZE'
  | 'REJECT'
  | 'REVOKE'
  | 'START_MASS_REVIEW'
  | 'WITHDRAW';

/** 申报 DECLARED → 群众评议 MASS_REVIEW → 公示 PUBLICIZING → 组织确定 CONFIRMED → 命名授牌 NAMED (限期整改 RECTIFYING, 取消命名 REVOKED); REJECTED and WITHDRAWN end a candidacy */
export type HonorStatus =
  | 'CONFIRMED'
  | 'DECLARED'
  | 'MASS_REVIEW'
  | 'NAMED'
  | 'PUBLICIZING'
  | 'RECTIFYING'
  | 'REJECTED'
  | 'REVOKED'
  | 'WITHDRAWN';

/** 示范岗 POST (a member), 示范团队 TEAM, 示范单位 UNIT, 示范行业 INDUSTRY */
export type HonorTier =
  /** 共产党员示范行业 Demonstration industry */
  | 'INDUSTRY'
  /** 共产党员示范岗 Demonstration post */
  | 'POST'
  /** 共产党员示范团队 Demonstration team */
  | 'TEAM'
  /** 共产党员示范单位 Demonstration unit */
  | 'UNIT';

/** A unit’s ledger file to import into a campaign: declares the candidacies it lists that do not exist yet */
export type ImportLedgerInput = {
  campaignId: string;
  /** The XLSX file (the template exportLedger produces), base64-encoded */
  contentBase64: string;
  /** Check and count only; write nothing */
  dryRun?: boolean;
  unitId: string;
};

export type ImportPaperBallotsInput = {
  /** The XLSX file (the template exportPaperBallotTemplate produces), base64-encoded */
  contentBase64: string;
  /** Check and count only; write nothing */
  dryRun?: boolean;
  roundId: string;
  unitId: string;
};

export type ImportRosterInput = {
  /** The XLSX file (the template exportRoster produces), base64-encoded */
  contentBase64: string;
  /** Check and count only; write nothing */
  dryRun?: boolean;
  unitId: string;
};

/** One-time ballot codes of a round for one unit: MASSES codes (count of them) or PEERS codes (one per member) */
export type IssueBallotsInput = {
  /** MASSES: how many codes, 1–1000 */
  count?: number | null | undefined;
  /** PEERS: the unit's members who get a code; every member of the unit when left out */
  evaluatorIds?: Array<string> | null | undefined;
  /** MASSES or PEERS; leaders sign in instead */
  evaluatorKind?: EvaluatorKind;
  roundId: string;
  unitId: string;
};

/** 按时 ON_TIME: first submitted on or before the campaign’s ledgerDueOn (Beijing dates); 逾期 LATE: after it; 未报送 MISSING: not submitted */
export type LedgerStatus =
  | 'LATE'
  | 'MISSING'
  | 'ON_TIME';

/** 提出异议: about a candidacy in publicity; anyone may, signed in or not */
export type LodgeObjectionInput = {
  /** How the committee can reach you (phone, e-mail), up to 100 characters; optional, seen by the committee only */
  contact?: string | null | undefined;
  /** The candidacy in publicity */
  honorId: string;
  /** What is wrong, 5–500 characters of plain text */
  reason: string;
};

/** 党员类别 */
export type MemberStatus =
  /** 正式党员 */
  | 'FULL'
  /** 预备党员 */
  | 'PROBATIONARY';

/** VALID 有效 (named), RECTIFYING 限期整改中 (still named), REVOKED 已取消命名 */
export type PlaqueStatus =
  | 'RECTIFYING'
  | 'REVOKED'
  | 'VALID';

/** 整改结果: OPEN (no result yet), PASSED (PASS_RECTIFICATION), FAILED (FAIL_RECTIFICATION, or the name revoked while rectifying) */
export type RectificationOutcome =
  | 'FAILED'
  | 'OPEN'
  | 'PASSED';

/** The committee’s finding on an objection */
export type ResolveObjectionInput = {
  /** 核查结论, 5–500 characters */
  finding: string;
  objectionId: string;
  /** true: the objection is upheld (属实; the candidacy can then only be rejected); false: dismissed */
  upheld: boolean;
};

/** A signed-in caller’s role: ADMIN 工委组织科, UNIT_ADMIN 单位党务干部, LEADER 领导, INTEGRATOR 系统集成 */
export type Role =
  | 'ADMIN'
  | 'INTEGRATOR'
  | 'LEADER'
  | 'UNIT_ADMIN';

/** An evaluation: MASSES and PEERS with a ballot code (no account needed), LEADERS signed in as LEADER or ADMIN. Every criterion of the subject's tier scored once, 0–100 */
export type SubmitEvaluationInput = {
  /** MASSES and PEERS: the code printed on the ballot (dashes, spaces and case do not matter) */
  ballotCode?: string | null | undefined;
  /** Plain text, at most 500 characters */
  comment?: string | null | undefined;
  evaluatorKind: EvaluatorKind;
  roundId: string;
  scores: Array<CriterionScoreInput>;
  /** The member, team, unit or industry evaluated, or a candidacy (Honor) id for its subject */
  subjectId: string;
};

/** One step of the naming procedure or of the management of a named honor */
export type TransitionHonorInput = {
  action: HonorAction;
  /** NAME: the naming batch, e.g. 七一前首批 */
  batch?: string | null | undefined;
  /** ORDER_RECTIFICATION: the rectification deadline, after today */
  deadline?: string | null | undefined;
  /** The version you read; a stale one is refused with CONFLICT */
  expectedVersion: number;
  honorId: string;
  /** Reason or remark; required for REJECT, COMMEND, ORDER_RECTIFICATION, FAIL_RECTIFICATION, REVOKE */
  note?: string | null | undefined;
  /** NAME: the plaque number, unique in the campaign */
  plaqueNumber?: string | null | undefined;
  /** PUBLICIZE: optional. The end is computed as the campaign’s publicityWorkingDays working days from the start; a later end given here lengthens the window, an earlier one is refused */
  publicityEndsOn?: string | null | undefined;
  /** PUBLICIZE: the first day of the window, today or later */
  publicityStartsOn?: string | null | undefined;
};

export type BallotFormOfCodeQueryVariables = Exact<{
  code: string;
}>;


export type BallotFormOfCodeQuery = { ballot: { code: string, evaluatorKind: EvaluatorKind, evaluatorKindName: string, unitName: string | null, round: { id: string, name: string, kind: EvaluationRoundKind, kindName: string, opensOn: string, closesOn: string, status: EvaluationRoundStatus, open: boolean }, subjects: Array<{ id: string, tier: HonorTier, tierName: string, name: string | null, unitName: string | null, evaluated: boolean, criteria: Array<{ criterion: Criterion, name: string, nameEn: string, hint: string, hintEn: string, minScore: number, maxScore: number }> }> } };

export type SubmitBallotEvaluationMutationVariables = Exact<{
  input: SubmitEvaluationInput;
}>;


export type SubmitBallotEvaluationMutation = { submitEvaluation: { id: string, submittedAt: string } };

export type CampaignRoundsQueryVariables = Exact<{
  campaignId: string;
}>;


export type CampaignRoundsQuery = { evaluationRounds: Array<{ id: string, name: string, kind: EvaluationRoundKind, status: EvaluationRoundStatus, opensOn: string, closesOn: string }> };

export type SummaryFiguresFragment = { count: number, mean: number | null, weightedScore: number | null, grade: EvaluationGrade | null, gradeLabel: string | null, complete: boolean, missingKinds: Array<EvaluatorKind>, satisfaction: { satisfied: number, total: number, rate: number | null }, byKind: Array<{ kind: EvaluatorKind, count: number, mean: number | null, weight: number, expected: boolean }> };

export type DeptFiguresQueryVariables = Exact<{
  id: string;
  campaignId: string;
  roundId: string;
}>;


export type DeptFiguresQuery = { unit: { id: string, quota: { partyMembers: number, teams: number, posts: { count: number, target: number, ratio: number, attained: boolean }, teamQuota: { count: number, target: number, ratio: number, attained: boolean } } | null, evaluationSummary: { count: number, mean: number | null, weightedScore: number | null, grade: EvaluationGrade | null, gradeLabel: string | null, complete: boolean, missingKinds: Array<EvaluatorKind>, satisfaction: { satisfied: number, total: number, rate: number | null }, byKind: Array<{ kind: EvaluatorKind, count: number, mean: number | null, weight: number, expected: boolean }> } | null } | null };

export type DeptHonorsQueryVariables = Exact<{
  unitId: string;
  campaignId: string;
  roundId: string;
  after?: string | null | undefined;
}>;


export type DeptHonorsQuery = { honors: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, tier: HonorTier, status: HonorStatus, batch: string | null, plaqueNumber: string | null, overdue: boolean, subject:
          | { __typename: 'Industry', id: string, name: string }
          | { __typename: 'Member', id: string, name: string }
          | { __typename: 'Team', id: string, name: string }
          | { __typename: 'Unit', id: string, name: string }
        , events: Array<{ id: string, action: HonorAction, fromStatus: HonorStatus, toStatus: HonorStatus, actor: string, actorRole: Role, at: string, note: string | null }>, evaluationSummary: { weightedScore: number | null, grade: EvaluationGrade | null, gradeLabel: string | null, count: number } | null } }> } };

export type TimelineEventFragment = { id: string, action: HonorAction, fromStatus: HonorStatus, toStatus: HonorStatus, actor: string, actorRole: Role, at: string, note: string | null };

export type DeptLedgerQueryVariables = Exact<{
  campaignId: string;
}>;


export type DeptLedgerQuery = { ledgerSubmissions: { dueOn: string, units: Array<{ status: LedgerStatus, submissionCount: number, unit: { id: string }, latest: { submittedAt: string, submittedOn: string } | null }> } | null };

export type DeptLedgerFileQueryVariables = Exact<{
  unitId: string;
  campaignId: string;
}>;


export type DeptLedgerFileQuery = { exportLedger: { filename: string, contentType: string, contentBase64: string, rows: number } };

export type HonorDetailQueryVariables = Exact<{
  id: string;
  objections: boolean;
  contact: boolean;
}>;


export type HonorDetailQuery = { honor: { id: string, tier: HonorTier, status: HonorStatus, version: number, declaredOn: string, declaredBy: string, publicityStartsOn: string | null, publicityEndsOn: string | null, plaqueNumber: string | null, namedOn: string | null, batch: string | null, rectificationDeadline: string | null, overdue: boolean, campaign: { id: string, year: number, name: string }, unit: { id: string, name: string } | null, industry: { id: string, name: string }, subject:
      | { __typename: 'Industry', id: string, name: string }
      | { __typename: 'Member', id: string, name: string, position: string }
      | { __typename: 'Team', id: string, name: string }
      | { __typename: 'Unit', id: string, name: string }
    , events: Array<{ id: string, action: HonorAction, fromStatus: HonorStatus, toStatus: HonorStatus, actor: string, actorRole: Role, at: string, note: string | null }>, objections?: Array<{ id: string, reason: string, lodgedAt: string, resolved: boolean, resolvedAt: string | null, resolvedBy: string | null, upheld: boolean | null, finding: string | null, contact?: string | null }> | null } | null };

export type HonorSummariesQueryVariables = Exact<{
  id: string;
  roundId: string;
}>;


export type HonorSummariesQuery = { honor: { id: string, evaluationSummary: { count: number, mean: number | null, weightedScore: number | null, grade: EvaluationGrade | null, gradeLabel: string | null, complete: boolean, missingKinds: Array<EvaluatorKind>, satisfaction: { satisfied: number, total: number, rate: number | null }, byKind: Array<{ kind: EvaluatorKind, count: number, mean: number | null, weight: number, expected: boolean }> } | null, subject:
      | { __typename: 'Industry', id: string, evaluationSummary: { count: number, mean: number | null, weightedScore: number | null, grade: EvaluationGrade | null, gradeLabel: string | null, complete: boolean, missingKinds: Array<EvaluatorKind>, satisfaction: { satisfied: number, total: number, rate: number | null }, byKind: Array<{ kind: EvaluatorKind, count: number, mean: number | null, weight: number, expected: boolean }> } | null }
      | { __typename: 'Member', id: string, evaluationSummary: { count: number, mean: number | null, weightedScore: number | null, grade: EvaluationGrade | null, gradeLabel: string | null, complete: boolean, missingKinds: Array<EvaluatorKind>, satisfaction: { satisfied: number, total: number, rate: number | null }, byKind: Array<{ kind: EvaluatorKind, count: number, mean: number | null, weight: number, expected: boolean }> } | null }
      | { __typename: 'Team', id: string, evaluationSummary: { count: number, mean: number | null, weightedScore: number | null, grade: EvaluationGrade | null, gradeLabel: string | null, complete: boolean, missingKinds: Array<EvaluatorKind>, satisfaction: { satisfied: number, total: number, rate: number | null }, byKind: Array<{ kind: EvaluatorKind, count: number, mean: number | null, weight: number, expected: boolean }> } | null }
      | { __typename: 'Unit', id: string, evaluationSummary: { count: number, mean: number | null, weightedScore: number | null, grade: EvaluationGrade | null, gradeLabel: string | null, complete: boolean, missingKinds: Array<EvaluatorKind>, satisfaction: { satisfied: number, total: number, rate: number | null }, byKind: Array<{ kind: EvaluatorKind, count: number, mean: number | null, weight: number, expected: boolean }> } | null }
     } | null };

export type UnitEvidenceQueryVariables = Exact<{
  unitId: string;
  campaignId: string;
}>;


export type UnitEvidenceQuery = { honorCounts: Array<{ tier: HonorTier, status: HonorStatus, count: number }>, unit: { id: string, quota: { posts: { count: number, target: number }, teamQuota: { count: number, target: number } } | null } | null };

export type IndustryEvidenceQueryVariables = Exact<{
  industryId: string;
  campaignId: string;
  roundId: string;
}>;


export type IndustryEvidenceQuery = { industry: { id: string, units: Array<{ id: string, code: string, name: string, excluded: boolean, honors: Array<{ id: string, status: HonorStatus }>, evaluationSummary: { weightedScore: number | null, grade: EvaluationGrade | null, gradeLabel: string | null } | null }> } | null };

export type ManagementSignalsQueryVariables = Exact<{
  campaignId: string;
}>;


export type ManagementSignalsQuery = { evaluationSignals: { rectificationCandidates: Array<{ tier: HonorTier, weightedScore: number | null, grade: EvaluationGrade, gradeLabel: string, honor: { id: string, status: HonorStatus }, subject:
        | { __typename: 'Industry', name: string }
        | { __typename: 'Member', name: string }
        | { __typename: 'Team', name: string }
        | { __typename: 'Unit', name: string }
      , unit: { id: string, name: string } | null, round: { id: string, name: string } }>, preferenceRecommendations: Array<{ tier: HonorTier, weightedScore: number | null, grade: EvaluationGrade, gradeLabel: string, honor: { id: string, status: HonorStatus }, subject:
        | { __typename: 'Industry', name: string }
        | { __typename: 'Member', name: string }
        | { __typename: 'Team', name: string }
        | { __typename: 'Unit', name: string }
      , unit: { id: string, name: string } | null, round: { id: string, name: string } }> } };

export type SignalRowFragment = { tier: HonorTier, weightedScore: number | null, grade: EvaluationGrade, gradeLabel: string, honor: { id: string, status: HonorStatus }, subject:
    | { __typename: 'Industry', name: string }
    | { __typename: 'Member', name: string }
    | { __typename: 'Team', name: string }
    | { __typename: 'Unit', name: string }
  , unit: { id: string, name: string } | null, round: { id: string, name: string } };

export type DeskUnitQueryVariables = Exact<{
  id: string;
  campaignId: string;
}>;


export type DeskUnitQuery = { unit: { id: string, code: string, name: string, excluded: boolean, teams: Array<{ id: string, name: string, memberCount: number }>, quota: { partyMembers: number, teams: number, posts: { count: number, target: number, ratio: number, attained: boolean }, teamQuota: { count: number, target: number, ratio: number, attained: boolean } } | null } | null };

export type DeskUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskUnitsQuery = { units: Array<{ id: string, code: string, name: string, excluded: boolean }> };

export type DeskRosterQueryVariables = Exact<{
  unitId: string;
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DeskRosterQuery = { members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, position: string, team: { id: string, name: string } | null } }> } };

export type DeskHonorsQueryVariables = Exact<{
  campaignId: string;
  unitId: string;
  after?: string | null | undefined;
}>;


export type DeskHonorsQuery = { honors: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, tier: HonorTier, status: HonorStatus, declaredOn: string, declaredBy: string, updatedAt: string, publicityStartsOn: string | null, publicityEndsOn: string | null, subject:
          | { __typename: 'Industry', id: string, name: string }
          | { __typename: 'Member', id: string, name: string }
          | { __typename: 'Team', id: string, name: string }
          | { __typename: 'Unit', id: string, name: string }
         } }> } };

export type DeskHonorFragment = { id: string, version: number, tier: HonorTier, status: HonorStatus, declaredOn: string, declaredBy: string, updatedAt: string, publicityStartsOn: string | null, publicityEndsOn: string | null, subject:
    | { __typename: 'Industry', id: string, name: string }
    | { __typename: 'Member', id: string, name: string }
    | { __typename: 'Team', id: string, name: string }
    | { __typename: 'Unit', id: string, name: string }
   };

export type DeskHonorNowQueryVariables = Exact<{
  id: string;
}>;


export type DeskHonorNowQuery = { honor: { id: string, version: number, tier: HonorTier, status: HonorStatus, declaredOn: string, declaredBy: string, updatedAt: string, publicityStartsOn: string | null, publicityEndsOn: string | null, events: Array<{ id: string, action: HonorAction, fromStatus: HonorStatus, toStatus: HonorStatus, actor: string, at: string, note: string | null }>, subject:
      | { __typename: 'Industry', id: string, name: string }
      | { __typename: 'Member', id: string, name: string }
      | { __typename: 'Team', id: string, name: string }
      | { __typename: 'Unit', id: string, name: string }
     } | null };

export type DeskDeclareMutationVariables = Exact<{
  input: DeclareHonorInput;
}>;


export type DeskDeclareMutation = { declareHonor: { id: string, version: number, tier: HonorTier, status: HonorStatus, declaredOn: string, declaredBy: string, updatedAt: string, publicityStartsOn: string | null, publicityEndsOn: string | null, subject:
      | { __typename: 'Industry', id: string, name: string }
      | { __typename: 'Member', id: string, name: string }
      | { __typename: 'Team', id: string, name: string }
      | { __typename: 'Unit', id: string, name: string }
     } };

export type DeskTransitionMutationVariables = Exact<{
  input: TransitionHonorInput;
}>;


export type DeskTransitionMutation = { transitionHonor: { id: string, version: number, tier: HonorTier, status: HonorStatus, declaredOn: string, declaredBy: string, updatedAt: string, publicityStartsOn: string | null, publicityEndsOn: string | null, subject:
      | { __typename: 'Industry', id: string, name: string }
      | { __typename: 'Member', id: string, name: string }
      | { __typename: 'Team', id: string, name: string }
      | { __typename: 'Unit', id: string, name: string }
     } };

export type DeskRoundsQueryVariables = Exact<{
  campaignId: string;
}>;


export type DeskRoundsQuery = { evaluationRounds: Array<{ id: string, name: string, kind: EvaluationRoundKind, kindLabel: string, status: EvaluationRoundStatus, opensOn: string, closesOn: string }> };

export type DeskIssueBallotsMutationVariables = Exact<{
  input: IssueBallotsInput;
}>;


export type DeskIssueBallotsMutation = { issueBallots: { batchId: string, count: number, ballots: Array<{ code: string, url: string, qrSvg: string }> } };

export type DeskPaperTemplateQueryVariables = Exact<{
  unitId: string;
  roundId: string;
}>;


export type DeskPaperTemplateQuery = { paperBallotTemplate: { filename: string, contentType: string, contentBase64: string } };

export type DeskImportPaperBallotsMutationVariables = Exact<{
  input: ImportPaperBallotsInput;
}>;


export type DeskImportPaperBallotsMutation = { importPaperBallots: { applied: boolean, ballots: number, errors: Array<{ row: number, column: string, cell: string | null, message: string }> } };

export type DeskExportRosterQueryVariables = Exact<{
  unitId: string;
}>;


export type DeskExportRosterQuery = { exportRoster: { filename: string, contentType: string, contentBase64: string, rows: number } };

export type DeskImportRosterMutationVariables = Exact<{
  input: ImportRosterInput;
}>;


export type DeskImportRosterMutation = { importRoster: { applied: boolean, created: number, updated: number, unchanged: number, errors: Array<{ row: number, column: string, cell: string | null, message: string }> } };

export type DeskExportLedgerQueryVariables = Exact<{
  unitId: string;
  campaignId: string;
}>;


export type DeskExportLedgerQuery = { exportLedger: { filename: string, contentType: string, contentBase64: string, rows: number } };

export type DeskImportLedgerMutationVariables = Exact<{
  input: ImportLedgerInput;
}>;


export type DeskImportLedgerMutation = { importLedger: { applied: boolean, declared: number, unchanged: number, errors: Array<{ row: number, column: string, cell: string | null, message: string }> } };

export type DeskSubmitLedgerMutationVariables = Exact<{
  unitId?: string | null | undefined;
  campaignId: string;
}>;


export type DeskSubmitLedgerMutation = { submitLedger: { id: string, submittedOn: string, onTime: boolean, late: boolean } };

export type DeskLedgerStatusQueryVariables = Exact<{
  campaignId: string;
}>;


export type DeskLedgerStatusQuery = { ledgerSubmissions: { dueOn: string, units: Array<{ status: LedgerStatus, onTime: boolean, late: boolean, submissionCount: number, unit: { id: string }, latest: { submittedOn: string, submittedAt: string, submittedBy: string } | null }> } | null };

export type DirectoryUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryUnitsQuery = { units: Array<{ id: string, code: string, name: string, excluded: boolean, teamCount: number, industry: { id: string, code: string, name: string } }> };

export type OverviewUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewUnitsQuery = { units: Array<{ id: string, code: string, name: string, excluded: boolean, teamCount: number, partyMemberCount: number, industry: { id: string, code: string, name: string } }> };

export type UnitActivityTotalsBatchQueryVariables = Exact<{
  year: number;
  u0: string;
  u1: string;
  u2: string;
  u3: string;
  u4: string;
  u5: string;
  u6: string;
  u7: string;
  u8: string;
  u9: string;
}>;


export type UnitActivityTotalsBatchQuery = { u0: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null, u1: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null, u2: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null, u3: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null, u4: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null, u5: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null, u6: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null, u7: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null, u8: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null, u9: { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> } | null };

export type UnitActivityTotalsFragment = { id: string, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number }> };

export type UnitDetailQueryVariables = Exact<{
  id: string;
  year: number;
}>;


export type UnitDetailQuery = { unit: { id: string, code: string, name: string, excluded: boolean, partyMemberCount: number, teamCount: number, industry: { id: string, code: string, name: string }, teams: Array<{ id: string, name: string, memberCount: number }>, activityTotals: Array<{ type: ActivityType, month: number, count: number, hours: number, members: number }> } | null };

export type UnitMembersPageQueryVariables = Exact<{
  unitId: string;
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  personal: boolean;
}>;


export type UnitMembersPageQuery = { members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, gender: Gender, position: string, status: MemberStatus, joinedPartyOn: string, birthDate?: string | null, phone?: string | null, team: { id: string, name: string } | null } }> } };

export type CampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignsQuery = { campaigns: Array<{ id: string, year: number, name: string, ledgerDueOn: string, firstBatchBy: string, postRatio: number, teamRatio: number, unitRatio: number, industryMin: number, industryMax: number, publicityWorkingDays: number, phases: Array<{ name: string, startsOn: string, endsOn: string }> }> };

export type QuotaUnitsQueryVariables = Exact<{
  campaignId: string;
}>;


export type QuotaUnitsQuery = { units: Array<{ id: string, code: string, name: string, industry: { id: string, code: string, name: string }, quota: { partyMembers: number, teams: number, posts: { count: number, target: number, ratio: number, attained: boolean }, teamQuota: { count: number, target: number, ratio: number, attained: boolean } } | null }> };

export type CampaignHonorDatesQueryVariables = Exact<{
  campaignId: string;
  after?: string | null | undefined;
}>;


export type CampaignHonorDatesQuery = { honors: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, publicityStartsOn: string | null, publicityEndsOn: string | null, namedOn: string | null, batch: string | null } }> } };

export type CityAttainmentQueryVariables = Exact<{
  campaignId: string;
}>;


export type CityAttainmentQuery = { quotaAttainment: { participatingUnits: number, posts: { count: number, target: number, ratio: number, attained: boolean, unitsAttaining: number }, teams: { count: number, target: number, ratio: number, attained: boolean, unitsAttaining: number }, units: { count: number, target: number, ratio: number, attained: boolean }, industries: { count: number, target: number, attained: boolean, min: number, max: number } } | null };

export type LedgerCountsQueryVariables = Exact<{
  campaignId: string;
}>;


export type LedgerCountsQuery = { ledgerSubmissions: { dueOn: string, participatingCount: number, onTimeCount: number, lateCount: number, missingCount: number } | null };

export type ManagementActionsQueryVariables = Exact<{
  campaignId: string;
}>;


export type ManagementActionsQuery = { managementActions: Array<{ action: HonorAction, month: string, count: number, unitId: string | null, unit: { id: string, code: string, name: string } | null }> };

export type RectificationsQueryVariables = Exact<{
  campaignId: string;
  asOf?: string | null | undefined;
}>;


export type RectificationsQuery = { rectifications: Array<{ honorId: string, unitId: string | null, tier: HonorTier, reason: string, orderedOn: string, deadline: string, outcome: RectificationOutcome, closedBy: HonorAction | null, closedOn: string | null, overdue: boolean, unit: { id: string, name: string } | null, honor: { id: string, subject:
        | { __typename: 'Industry', name: string }
        | { __typename: 'Member', name: string }
        | { __typename: 'Team', name: string }
        | { __typename: 'Unit', name: string }
       } | null }> };

export type SignInCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInCheckQuery = { industries: Array<{ id: string }> };

export type PlaqueRecordQueryVariables = Exact<{
  code: string;
}>;


export type PlaqueRecordQuery = { plaque: { name: string | null, unitName: string | null, tier: HonorTier, year: number, batch: string | null, namedOn: string | null, status: PlaqueStatus, revokedOn: string | null } | null };

export type HonorRollOfYearQueryVariables = Exact<{
  year: number;
}>;


export type HonorRollOfYearQuery = { honorRoll: { year: number, campaignName: string, named: Array<{ tier: HonorTier, name: string | null, unitName: string | null, batch: string | null, namedOn: string | null, status: PlaqueStatus, verificationCode: string | null }>, publicizing: Array<{ honorId: string, tier: HonorTier, name: string | null, unitName: string | null, publicityStartsOn: string, publicityEndsOn: string }> } | null };

export type LodgeObjectionMutationVariables = Exact<{
  input: LodgeObjectionInput;
}>;


export type LodgeObjectionMutation = { lodgeObjection: { id: string, lodgedAt: string } };

export type QueueHonorsQueryVariables = Exact<{
  campaignId: string;
  status?: HonorStatus | null | undefined;
  tier?: HonorTier | null | undefined;
  unitId?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type QueueHonorsQuery = { honors: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, tier: HonorTier, status: HonorStatus, version: number, declaredOn: string, publicityStartsOn: string | null, publicityEndsOn: string | null, plaqueNumber: string | null, batch: string | null, namedOn: string | null, rectificationDeadline: string | null, overdue: boolean, allowedActions: Array<HonorAction>, unit: { id: string, name: string } | null, subject:
          | { __typename: 'Industry', id: string, name: string }
          | { __typename: 'Member', id: string, name: string }
          | { __typename: 'Team', id: string, name: string }
          | { __typename: 'Unit', id: string, name: string }
        , objections: Array<{ id: string, reason: string, lodgedAt: string, resolved: boolean, upheld: boolean | null, finding: string | null }> | null } }> } };

export type BulkNamingCandidatesQueryVariables = Exact<{
  campaignId: string;
  tier: HonorTier;
  unitId?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type BulkNamingCandidatesQuery = { honors: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, allowedActions: Array<HonorAction>, unit: { id: string, name: string } | null, subject:
          | { __typename: 'Industry', id: string, name: string }
          | { __typename: 'Member', id: string, name: string }
          | { __typename: 'Team', id: string, name: string }
          | { __typename: 'Unit', id: string, name: string }
         } }> } };

export type QueueCountsQueryVariables = Exact<{
  campaignId: string;
}>;


export type QueueCountsQuery = { honorCounts: Array<{ tier: HonorTier, status: HonorStatus, count: number }> };

export type QueueUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueUnitsQuery = { units: Array<{ id: string, name: string }> };

export type HonorActionStateQueryVariables = Exact<{
  id: string;
}>;


export type HonorActionStateQuery = { honor: { id: string, tier: HonorTier, status: HonorStatus, version: number, allowedActions: Array<HonorAction>, campaign: { id: string, year: number }, objections: Array<{ id: string, reason: string, lodgedAt: string, resolved: boolean, upheld: boolean | null, finding: string | null }> | null, events: Array<{ id: string, action: HonorAction, fromStatus: HonorStatus, toStatus: HonorStatus, actor: string, at: string, note: string | null }> } | null };

export type QueueTransitionMutationVariables = Exact<{
  input: TransitionHonorInput;
}>;


export type QueueTransitionMutation = { transitionHonor: { id: string, status: HonorStatus, version: number, publicityStartsOn: string | null, publicityEndsOn: string | null, plaqueNumber: string | null, batch: string | null, rectificationDeadline: string | null } };

export type QueueResolveObjectionMutationVariables = Exact<{
  input: ResolveObjectionInput;
}>;


export type QueueResolveObjectionMutation = { resolveObjection: { id: string, resolved: boolean, upheld: boolean | null, finding: string | null } };

export type PublicityPreviewQueryVariables = Exact<{
  campaignId: string;
  startsOn?: string | null | undefined;
}>;


export type PublicityPreviewQuery = { campaign: { id: string, publicityPreview: { startsOn: string, endsOn: string | null, workingDays: number, problem: string | null, today: string } } | null };

export type NamingProposalQueryVariables = Exact<{
  campaignId: string;
  tier: HonorTier;
  count: number;
}>;


export type NamingProposalQuery = { campaign: { id: string, firstBatchBy: string, nextPlaqueNumbers: Array<string>, batches: Array<string> } | null };

export type TrendScopeUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type TrendScopeUnitsQuery = { units: Array<{ id: string, code: string, name: string, excluded: boolean, industry: { id: string, code: string, name: string } }> };

export type EvaluationTrendsQueryVariables = Exact<{
  campaignId: string;
  previousId?: string | null | undefined;
  hasPrevious: boolean;
  unitId?: string | null | undefined;
  industryId?: string | null | undefined;
}>;


export type EvaluationTrendsQuery = { current: { byRound: Array<{ count: number, weightedScore: number | null, massesCount: number, satisfactionRate: number | null, round: { id: string, name: string, kind: EvaluationRoundKind, opensOn: string } | null }>, byMonth: Array<{ month: string | null, count: number, weightedScore: number | null, massesCount: number, satisfactionRate: number | null }>, byYear: Array<{ year: number | null, count: number, weightedScore: number | null, massesCount: number, satisfactionRate: number | null }> }, previous?: { byMonth: Array<{ month: string | null, count: number, weightedScore: number | null, massesCount: number, satisfactionRate: number | null }> } };

export type EvaluationKindsQueryVariables = Exact<{
  roundId: string;
  unitId?: string | null | undefined;
  industryId?: string | null | undefined;
}>;


export type EvaluationKindsQuery = { evaluationHistogram: Array<{ kind: EvaluatorKind, total: number, buckets: Array<{ from: number, to: number, label: string, count: number }> }> };

export type EvaluationRadarQueryVariables = Exact<{
  tier: HonorTier;
  campaignId?: string | null | undefined;
  roundId?: string | null | undefined;
  unitId?: string | null | undefined;
  industryId?: string | null | undefined;
  subjectId?: string | null | undefined;
}>;


export type EvaluationRadarQuery = { evaluationCriteria: Array<{ criterion: Criterion, label: string, mean: number | null, byKind: Array<{ kind: EvaluatorKind, mean: number | null }> }> };

export type EvaluationRankingQueryVariables = Exact<{
  campaignId?: string | null | undefined;
  roundId?: string | null | undefined;
  industryId?: string | null | undefined;
}>;


export type EvaluationRankingQuery = { evaluationUnitRanking: Array<{ count: number, weightedScore: number | null, massesCount: number, satisfactionRate: number | null, unit: { id: string, name: string, excluded: boolean } }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SummaryFiguresFragmentDoc = new TypedDocumentString(`
    fragment SummaryFigures on EvaluationSummary {
  count
  mean
  weightedScore
  grade
  gradeLabel
  complete
  missingKinds
  satisfaction {
    satisfied
    total
    rate
  }
  byKind {
    kind
    count
    mean
    weight
    expected
  }
}
    `, {"fragmentName":"SummaryFigures"}) as unknown as TypedDocumentString<SummaryFiguresFragment, unknown>;
export const TimelineEventFragmentDoc = new TypedDocumentString(`
    fragment TimelineEvent on HonorEvent {
  id
  action
  fromStatus
  toStatus
  actor
  actorRole
  at
  note
}
    `, {"fragmentName":"TimelineEvent"}) as unknown as TypedDocumentString<TimelineEventFragment, unknown>;
export const SignalRowFragmentDoc = new TypedDocumentString(`
    fragment SignalRow on HonorSignal {
  tier
  weightedScore
  grade
  gradeLabel
  honor {
    id
    status
  }
  subject {
    __typename
    ... on Member {
      name
    }
    ... on Team {
      name
    }
    ... on Unit {
      name
    }
    ... on Industry {
      name
    }
  }
  unit {
    id
    name
  }
  round {
    id
    name
  }
}
    `, {"fragmentName":"SignalRow"}) as unknown as TypedDocumentString<SignalRowFragment, unknown>;
export const DeskHonorFragmentDoc = new TypedDocumentString(`
    fragment DeskHonor on Honor {
  id
  version
  tier
  status
  declaredOn
  declaredBy
  updatedAt
  publicityStartsOn
  publicityEndsOn
  subject {
    __typename
    ... on Member {
      id
      name
    }
    ... on Team {
      id
      name
    }
    ... on Unit {
      id
      name
    }
    ... on Industry {
      id
      name
    }
  }
}
    `, {"fragmentName":"DeskHonor"}) as unknown as TypedDocumentString<DeskHonorFragment, unknown>;
export const UnitActivityTotalsFragmentDoc = new TypedDocumentString(`
    fragment UnitActivityTotals on Unit {
  id
  activityTotals(year: $year) {
    type
    month
    count
    hours
  }
}
    `, {"fragmentName":"UnitActivityTotals"}) as unknown as TypedDocumentString<UnitActivityTotalsFragment, unknown>;
export const BallotFormOfCodeDocument = new TypedDocumentString(`
    query BallotFormOfCode($code: String!) {
  ballot(code: $code) {
    code
    evaluatorKind
    evaluatorKindName
    unitName
    round {
      id
      name
      kind
      kindName
      opensOn
      closesOn
      status
      open
    }
    subjects {
      id
      tier
      tierName
      name
      unitName
      evaluated
      criteria {
        criterion
        name
        nameEn
        hint
        hintEn
        minScore
        maxScore
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BallotFormOfCodeQuery, BallotFormOfCodeQueryVariables>;
export const SubmitBallotEvaluationDocument = new TypedDocumentString(`
    mutation SubmitBallotEvaluation($input: SubmitEvaluationInput!) {
  submitEvaluation(input: $input) {
    id
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<SubmitBallotEvaluationMutation, SubmitBallotEvaluationMutationVariables>;
export const CampaignRoundsDocument = new TypedDocumentString(`
    query CampaignRounds($campaignId: ID!) {
  evaluationRounds(campaignId: $campaignId) {
    id
    name
    kind
    status
    opensOn
    closesOn
  }
}
    `) as unknown as TypedDocumentString<CampaignRoundsQuery, CampaignRoundsQueryVariables>;
export const DeptFiguresDocument = new TypedDocumentString(`
    query DeptFigures($id: ID!, $campaignId: ID!, $roundId: ID!) {
  unit(id: $id) {
    id
    quota(campaignId: $campaignId) {
      partyMembers
      teams
      posts {
        count
        target
        ratio
        attained
      }
      teamQuota {
        count
        target
        ratio
        attained
      }
    }
    evaluationSummary(roundId: $roundId) {
      ...SummaryFigures
    }
  }
}
    fragment SummaryFigures on EvaluationSummary {
  count
  mean
  weightedScore
  grade
  gradeLabel
  complete
  missingKinds
  satisfaction {
    satisfied
    total
    rate
  }
  byKind {
    kind
    count
    mean
    weight
    expected
  }
}`) as unknown as TypedDocumentString<DeptFiguresQuery, DeptFiguresQueryVariables>;
export const DeptHonorsDocument = new TypedDocumentString(`
    query DeptHonors($unitId: ID!, $campaignId: ID!, $roundId: ID!, $after: String) {
  honors(campaignId: $campaignId, unitId: $unitId, first: 25, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        tier
        status
        batch
        plaqueNumber
        overdue
        subject {
          __typename
          ... on Member {
            id
            name
          }
          ... on Team {
            id
            name
          }
          ... on Unit {
            id
            name
          }
          ... on Industry {
            id
            name
          }
        }
        events {
          ...TimelineEvent
        }
        evaluationSummary(roundId: $roundId) {
          weightedScore
          grade
          gradeLabel
          count
        }
      }
    }
  }
}
    fragment TimelineEvent on HonorEvent {
  id
  action
  fromStatus
  toStatus
  actor
  actorRole
  at
  note
}`) as unknown as TypedDocumentString<DeptHonorsQuery, DeptHonorsQueryVariables>;
export const DeptLedgerDocument = new TypedDocumentString(`
    query DeptLedger($campaignId: ID!) {
  ledgerSubmissions(campaignId: $campaignId) {
    dueOn
    units {
      unit {
        id
      }
      status
      submissionCount
      latest {
        submittedAt
        submittedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeptLedgerQuery, DeptLedgerQueryVariables>;
export const DeptLedgerFileDocument = new TypedDocumentString(`
    query DeptLedgerFile($unitId: ID!, $campaignId: ID!) {
  exportLedger(unitId: $unitId, campaignId: $campaignId) {
    filename
    contentType
    contentBase64
    rows
  }
}
    `) as unknown as TypedDocumentString<DeptLedgerFileQuery, DeptLedgerFileQueryVariables>;
export const HonorDetailDocument = new TypedDocumentString(`
    query HonorDetail($id: ID!, $objections: Boolean!, $contact: Boolean!) {
  honor(id: $id) {
    id
    tier
    status
    version
    declaredOn
    declaredBy
    publicityStartsOn
    publicityEndsOn
    plaqueNumber
    namedOn
    batch
    rectificationDeadline
    overdue
    campaign {
      id
      year
      name
    }
    unit {
      id
      name
    }
    industry {
      id
      name
    }
    subject {
      __typename
      ... on Member {
        id
        name
        position
      }
      ... on Team {
        id
        name
      }
      ... on Unit {
        id
        name
      }
      ... on Industry {
        id
        name
      }
    }
    events {
      ...TimelineEvent
    }
    objections @include(if: $objections) {
      id
      reason
      lodgedAt
      resolved
      resolvedAt
      resolvedBy
      upheld
      finding
      contact @include(if: $contact)
    }
  }
}
    fragment TimelineEvent on HonorEvent {
  id
  action
  fromStatus
  toStatus
  actor
  actorRole
  at
  note
}`) as unknown as TypedDocumentString<HonorDetailQuery, HonorDetailQueryVariables>;
export const HonorSummariesDocument = new TypedDocumentString(`
    query HonorSummaries($id: ID!, $roundId: ID!) {
  honor(id: $id) {
    id
    evaluationSummary(roundId: $roundId) {
      ...SummaryFigures
    }
    subject {
      __typename
      ... on Member {
        id
        evaluationSummary(roundId: $roundId) {
          ...SummaryFigures
        }
      }
      ... on Team {
        id
        evaluationSummary(roundId: $roundId) {
          ...SummaryFigures
        }
      }
      ... on Unit {
        id
        evaluationSummary(roundId: $roundId) {
          ...SummaryFigures
        }
      }
      ... on Industry {
        id
        evaluationSummary(roundId: $roundId) {
          ...SummaryFigures
        }
      }
    }
  }
}
    fragment SummaryFigures on EvaluationSummary {
  count
  mean
  weightedScore
  grade
  gradeLabel
  complete
  missingKinds
  satisfaction {
    satisfied
    total
    rate
  }
  byKind {
    kind
    count
    mean
    weight
    expected
  }
}`) as unknown as TypedDocumentString<HonorSummariesQuery, HonorSummariesQueryVariables>;
export const UnitEvidenceDocument = new TypedDocumentString(`
    query UnitEvidence($unitId: ID!, $campaignId: ID!) {
  honorCounts(campaignId: $campaignId, unitId: $unitId) {
    tier
    status
    count
  }
  unit(id: $unitId) {
    id
    quota(campaignId: $campaignId) {
      posts {
        count
        target
      }
      teamQuota {
        count
        target
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitEvidenceQuery, UnitEvidenceQueryVariables>;
export const IndustryEvidenceDocument = new TypedDocumentString(`
    query IndustryEvidence($industryId: ID!, $campaignId: ID!, $roundId: ID!) {
  industry(id: $industryId) {
    id
    units {
      id
      code
      name
      excluded
      honors(campaignId: $campaignId) {
        id
        status
      }
      evaluationSummary(roundId: $roundId) {
        weightedScore
        grade
        gradeLabel
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IndustryEvidenceQuery, IndustryEvidenceQueryVariables>;
export const ManagementSignalsDocument = new TypedDocumentString(`
    query ManagementSignals($campaignId: ID!) {
  evaluationSignals(campaignId: $campaignId) {
    rectificationCandidates {
      ...SignalRow
    }
    preferenceRecommendations {
      ...SignalRow
    }
  }
}
    fragment SignalRow on HonorSignal {
  tier
  weightedScore
  grade
  gradeLabel
  honor {
    id
    status
  }
  subject {
    __typename
    ... on Member {
      name
    }
    ... on Team {
      name
    }
    ... on Unit {
      name
    }
    ... on Industry {
      name
    }
  }
  unit {
    id
    name
  }
  round {
    id
    name
  }
}`) as unknown as TypedDocumentString<ManagementSignalsQuery, ManagementSignalsQueryVariables>;
export const DeskUnitDocument = new TypedDocumentString(`
    query DeskUnit($id: ID!, $campaignId: ID!) {
  unit(id: $id) {
    id
    code
    name
    excluded
    teams {
      id
      name
      memberCount
    }
    quota(campaignId: $campaignId) {
      partyMembers
      teams
      posts {
        count
        target
        ratio
        attained
      }
      teamQuota {
        count
        target
        ratio
        attained
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskUnitQuery, DeskUnitQueryVariables>;
export const DeskUnitsDocument = new TypedDocumentString(`
    query DeskUnits {
  units(includeExcluded: true) {
    id
    code
    name
    excluded
  }
}
    `) as unknown as TypedDocumentString<DeskUnitsQuery, DeskUnitsQueryVariables>;
export const DeskRosterDocument = new TypedDocumentString(`
    query DeskRoster($unitId: ID!, $search: String, $first: Int!, $after: String) {
  members(unitId: $unitId, search: $search, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        position
        team {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskRosterQuery, DeskRosterQueryVariables>;
export const DeskHonorsDocument = new TypedDocumentString(`
    query DeskHonors($campaignId: ID!, $unitId: ID!, $after: String) {
  honors(campaignId: $campaignId, unitId: $unitId, first: 100, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...DeskHonor
      }
    }
  }
}
    fragment DeskHonor on Honor {
  id
  version
  tier
  status
  declaredOn
  declaredBy
  updatedAt
  publicityStartsOn
  publicityEndsOn
  subject {
    __typename
    ... on Member {
      id
      name
    }
    ... on Team {
      id
      name
    }
    ... on Unit {
      id
      name
    }
    ... on Industry {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<DeskHonorsQuery, DeskHonorsQueryVariables>;
export const DeskHonorNowDocument = new TypedDocumentString(`
    query DeskHonorNow($id: ID!) {
  honor(id: $id) {
    ...DeskHonor
    events {
      id
      action
      fromStatus
      toStatus
      actor
      at
      note
    }
  }
}
    fragment DeskHonor on Honor {
  id
  version
  tier
  status
  declaredOn
  declaredBy
  updatedAt
  publicityStartsOn
  publicityEndsOn
  subject {
    __typename
    ... on Member {
      id
      name
    }
    ... on Team {
      id
      name
    }
    ... on Unit {
      id
      name
    }
    ... on Industry {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<DeskHonorNowQuery, DeskHonorNowQueryVariables>;
export const DeskDeclareDocument = new TypedDocumentString(`
    mutation DeskDeclare($input: DeclareHonorInput!) {
  declareHonor(input: $input) {
    ...DeskHonor
  }
}
    fragment DeskHonor on Honor {
  id
  version
  tier
  status
  declaredOn
  declaredBy
  updatedAt
  publicityStartsOn
  publicityEndsOn
  subject {
    __typename
    ... on Member {
      id
      name
    }
    ... on Team {
      id
      name
    }
    ... on Unit {
      id
      name
    }
    ... on Industry {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<DeskDeclareMutation, DeskDeclareMutationVariables>;
export const DeskTransitionDocument = new TypedDocumentString(`
    mutation DeskTransition($input: TransitionHonorInput!) {
  transitionHonor(input: $input) {
    ...DeskHonor
  }
}
    fragment DeskHonor on Honor {
  id
  version
  tier
  status
  declaredOn
  declaredBy
  updatedAt
  publicityStartsOn
  publicityEndsOn
  subject {
    __typename
    ... on Member {
      id
      name
    }
    ... on Team {
      id
      name
    }
    ... on Unit {
      id
      name
    }
    ... on Industry {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<DeskTransitionMutation, DeskTransitionMutationVariables>;
export const DeskRoundsDocument = new TypedDocumentString(`
    query DeskRounds($campaignId: ID!) {
  evaluationRounds(campaignId: $campaignId) {
    id
    name
    kind
    kindLabel
    status
    opensOn
    closesOn
  }
}
    `) as unknown as TypedDocumentString<DeskRoundsQuery, DeskRoundsQueryVariables>;
export const DeskIssueBallotsDocument = new TypedDocumentString(`
    mutation DeskIssueBallots($input: IssueBallotsInput!) {
  issueBallots(input: $input) {
    batchId
    count
    ballots {
      code
      url
      qrSvg
    }
  }
}
    `) as unknown as TypedDocumentString<DeskIssueBallotsMutation, DeskIssueBallotsMutationVariables>;
export const DeskPaperTemplateDocument = new TypedDocumentString(`
    query DeskPaperTemplate($unitId: ID!, $roundId: ID!) {
  paperBallotTemplate(unitId: $unitId, roundId: $roundId) {
    filename
    contentType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<DeskPaperTemplateQuery, DeskPaperTemplateQueryVariables>;
export const DeskImportPaperBallotsDocument = new TypedDocumentString(`
    mutation DeskImportPaperBallots($input: ImportPaperBallotsInput!) {
  importPaperBallots(input: $input) {
    applied
    ballots
    errors {
      row
      column
      cell
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeskImportPaperBallotsMutation, DeskImportPaperBallotsMutationVariables>;
export const DeskExportRosterDocument = new TypedDocumentString(`
    query DeskExportRoster($unitId: ID!) {
  exportRoster(unitId: $unitId) {
    filename
    contentType
    contentBase64
    rows
  }
}
    `) as unknown as TypedDocumentString<DeskExportRosterQuery, DeskExportRosterQueryVariables>;
export const DeskImportRosterDocument = new TypedDocumentString(`
    mutation DeskImportRoster($input: ImportRosterInput!) {
  importRoster(input: $input) {
    applied
    created
    updated
    unchanged
    errors {
      row
      column
      cell
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeskImportRosterMutation, DeskImportRosterMutationVariables>;
export const DeskExportLedgerDocument = new TypedDocumentString(`
    query DeskExportLedger($unitId: ID!, $campaignId: ID!) {
  exportLedger(unitId: $unitId, campaignId: $campaignId) {
    filename
    contentType
    contentBase64
    rows
  }
}
    `) as unknown as TypedDocumentString<DeskExportLedgerQuery, DeskExportLedgerQueryVariables>;
export const DeskImportLedgerDocument = new TypedDocumentString(`
    mutation DeskImportLedger($input: ImportLedgerInput!) {
  importLedger(input: $input) {
    applied
    declared
    unchanged
    errors {
      row
      column
      cell
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeskImportLedgerMutation, DeskImportLedgerMutationVariables>;
export const DeskSubmitLedgerDocument = new TypedDocumentString(`
    mutation DeskSubmitLedger($unitId: ID, $campaignId: ID!) {
  submitLedger(unitId: $unitId, campaignId: $campaignId) {
    id
    submittedOn
    onTime
    late
  }
}
    `) as unknown as TypedDocumentString<DeskSubmitLedgerMutation, DeskSubmitLedgerMutationVariables>;
export const DeskLedgerStatusDocument = new TypedDocumentString(`
    query DeskLedgerStatus($campaignId: ID!) {
  ledgerSubmissions(campaignId: $campaignId) {
    dueOn
    units {
      unit {
        id
      }
      status
      onTime
      late
      submissionCount
      latest {
        submittedOn
        submittedAt
        submittedBy
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskLedgerStatusQuery, DeskLedgerStatusQueryVariables>;
export const DirectoryUnitsDocument = new TypedDocumentString(`
    query DirectoryUnits {
  units(includeExcluded: true) {
    id
    code
    name
    excluded
    teamCount
    industry {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryUnitsQuery, DirectoryUnitsQueryVariables>;
export const OverviewUnitsDocument = new TypedDocumentString(`
    query OverviewUnits {
  units(includeExcluded: true) {
    id
    code
    name
    excluded
    teamCount
    partyMemberCount
    industry {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<OverviewUnitsQuery, OverviewUnitsQueryVariables>;
export const UnitActivityTotalsBatchDocument = new TypedDocumentString(`
    query UnitActivityTotalsBatch($year: Int!, $u0: ID!, $u1: ID!, $u2: ID!, $u3: ID!, $u4: ID!, $u5: ID!, $u6: ID!, $u7: ID!, $u8: ID!, $u9: ID!) {
  u0: unit(id: $u0) {
    ...UnitActivityTotals
  }
  u1: unit(id: $u1) {
    ...UnitActivityTotals
  }
  u2: unit(id: $u2) {
    ...UnitActivityTotals
  }
  u3: unit(id: $u3) {
    ...UnitActivityTotals
  }
  u4: unit(id: $u4) {
    ...UnitActivityTotals
  }
  u5: unit(id: $u5) {
    ...UnitActivityTotals
  }
  u6: unit(id: $u6) {
    ...UnitActivityTotals
  }
  u7: unit(id: $u7) {
    ...UnitActivityTotals
  }
  u8: unit(id: $u8) {
    ...UnitActivityTotals
  }
  u9: unit(id: $u9) {
    ...UnitActivityTotals
  }
}
    fragment UnitActivityTotals on Unit {
  id
  activityTotals(year: $year) {
    type
    month
    count
    hours
  }
}`) as unknown as TypedDocumentString<UnitActivityTotalsBatchQuery, UnitActivityTotalsBatchQueryVariables>;
export const UnitDetailDocument = new TypedDocumentString(`
    query UnitDetail($id: ID!, $year: Int!) {
  unit(id: $id) {
    id
    code
    name
    excluded
    partyMemberCount
    teamCount
    industry {
      id
      code
      name
    }
    teams {
      id
      name
      memberCount
    }
    activityTotals(year: $year) {
      type
      month
      count
      hours
      members
    }
  }
}
    `) as unknown as TypedDocumentString<UnitDetailQuery, UnitDetailQueryVariables>;
export const UnitMembersPageDocument = new TypedDocumentString(`
    query UnitMembersPage($unitId: ID!, $search: String, $first: Int!, $after: String, $personal: Boolean!) {
  members(unitId: $unitId, search: $search, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        gender
        position
        status
        joinedPartyOn
        birthDate @include(if: $personal)
        phone @include(if: $personal)
        team {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitMembersPageQuery, UnitMembersPageQueryVariables>;
export const CampaignsDocument = new TypedDocumentString(`
    query Campaigns {
  campaigns {
    id
    year
    name
    phases {
      name
      startsOn
      endsOn
    }
    ledgerDueOn
    firstBatchBy
    postRatio
    teamRatio
    unitRatio
    industryMin
    industryMax
    publicityWorkingDays
  }
}
    `) as unknown as TypedDocumentString<CampaignsQuery, CampaignsQueryVariables>;
export const QuotaUnitsDocument = new TypedDocumentString(`
    query QuotaUnits($campaignId: ID!) {
  units(includeExcluded: false) {
    id
    code
    name
    industry {
      id
      code
      name
    }
    quota(campaignId: $campaignId) {
      partyMembers
      teams
      posts {
        count
        target
        ratio
        attained
      }
      teamQuota {
        count
        target
        ratio
        attained
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QuotaUnitsQuery, QuotaUnitsQueryVariables>;
export const CampaignHonorDatesDocument = new TypedDocumentString(`
    query CampaignHonorDates($campaignId: ID!, $after: String) {
  honors(campaignId: $campaignId, first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        publicityStartsOn
        publicityEndsOn
        namedOn
        batch
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignHonorDatesQuery, CampaignHonorDatesQueryVariables>;
export const CityAttainmentDocument = new TypedDocumentString(`
    query CityAttainment($campaignId: ID!) {
  quotaAttainment(campaignId: $campaignId) {
    participatingUnits
    posts {
      count
      target
      ratio
      attained
      unitsAttaining
    }
    teams {
      count
      target
      ratio
      attained
      unitsAttaining
    }
    units {
      count
      target
      ratio
      attained
    }
    industries {
      count
      target
      attained
      min
      max
    }
  }
}
    `) as unknown as TypedDocumentString<CityAttainmentQuery, CityAttainmentQueryVariables>;
export const LedgerCountsDocument = new TypedDocumentString(`
    query LedgerCounts($campaignId: ID!) {
  ledgerSubmissions(campaignId: $campaignId) {
    dueOn
    participatingCount
    onTimeCount
    lateCount
    missingCount
  }
}
    `) as unknown as TypedDocumentString<LedgerCountsQuery, LedgerCountsQueryVariables>;
export const ManagementActionsDocument = new TypedDocumentString(`
    query ManagementActions($campaignId: ID!) {
  managementActions(campaignId: $campaignId) {
    action
    month
    count
    unitId
    unit {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ManagementActionsQuery, ManagementActionsQueryVariables>;
export const RectificationsDocument = new TypedDocumentString(`
    query Rectifications($campaignId: ID!, $asOf: Date) {
  rectifications(campaignId: $campaignId, asOf: $asOf) {
    honorId
    unitId
    unit {
      id
      name
    }
    tier
    reason
    orderedOn
    deadline
    outcome
    closedBy
    closedOn
    overdue
    honor {
      id
      subject {
        __typename
        ... on Member {
          name
        }
        ... on Team {
          name
        }
        ... on Unit {
          name
        }
        ... on Industry {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RectificationsQuery, RectificationsQueryVariables>;
export const SignInCheckDocument = new TypedDocumentString(`
    query SignInCheck {
  industries {
    id
  }
}
    `) as unknown as TypedDocumentString<SignInCheckQuery, SignInCheckQueryVariables>;
export const PlaqueRecordDocument = new TypedDocumentString(`
    query PlaqueRecord($code: String!) {
  plaque(code: $code) {
    name
    unitName
    tier
    year
    batch
    namedOn
    status
    revokedOn
  }
}
    `) as unknown as TypedDocumentString<PlaqueRecordQuery, PlaqueRecordQueryVariables>;
export const HonorRollOfYearDocument = new TypedDocumentString(`
    query HonorRollOfYear($year: Int!) {
  honorRoll(year: $year) {
    year
    campaignName
    named {
      tier
      name
      unitName
      batch
      namedOn
      status
      verificationCode
    }
    publicizing {
      honorId
      tier
      name
      unitName
      publicityStartsOn
      publicityEndsOn
    }
  }
}
    `) as unknown as TypedDocumentString<HonorRollOfYearQuery, HonorRollOfYearQueryVariables>;
export const LodgeObjectionDocument = new TypedDocumentString(`
    mutation LodgeObjection($input: LodgeObjectionInput!) {
  lodgeObjection(input: $input) {
    id
    lodgedAt
  }
}
    `) as unknown as TypedDocumentString<LodgeObjectionMutation, LodgeObjectionMutationVariables>;
export const QueueHonorsDocument = new TypedDocumentString(`
    query QueueHonors($campaignId: ID!, $status: HonorStatus, $tier: HonorTier, $unitId: ID, $first: Int!, $after: String) {
  honors(
    campaignId: $campaignId
    status: $status
    tier: $tier
    unitId: $unitId
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        tier
        status
        version
        declaredOn
        publicityStartsOn
        publicityEndsOn
        plaqueNumber
        batch
        namedOn
        rectificationDeadline
        overdue
        allowedActions
        unit {
          id
          name
        }
        subject {
          __typename
          ... on Member {
            id
            name
          }
          ... on Team {
            id
            name
          }
          ... on Unit {
            id
            name
          }
          ... on Industry {
            id
            name
          }
        }
        objections {
          id
          reason
          lodgedAt
          resolved
          upheld
          finding
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<QueueHonorsQuery, QueueHonorsQueryVariables>;
export const BulkNamingCandidatesDocument = new TypedDocumentString(`
    query BulkNamingCandidates($campaignId: ID!, $tier: HonorTier!, $unitId: ID, $after: String) {
  honors(
    campaignId: $campaignId
    status: CONFIRMED
    tier: $tier
    unitId: $unitId
    first: 50
    after: $after
  ) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        version
        allowedActions
        unit {
          id
          name
        }
        subject {
          __typename
          ... on Member {
            id
            name
          }
          ... on Team {
            id
            name
          }
          ... on Unit {
            id
            name
          }
          ... on Industry {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BulkNamingCandidatesQuery, BulkNamingCandidatesQueryVariables>;
export const QueueCountsDocument = new TypedDocumentString(`
    query QueueCounts($campaignId: ID!) {
  honorCounts(campaignId: $campaignId) {
    tier
    status
    count
  }
}
    `) as unknown as TypedDocumentString<QueueCountsQuery, QueueCountsQueryVariables>;
export const QueueUnitsDocument = new TypedDocumentString(`
    query QueueUnits {
  units(includeExcluded: true) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<QueueUnitsQuery, QueueUnitsQueryVariables>;
export const HonorActionStateDocument = new TypedDocumentString(`
    query HonorActionState($id: ID!) {
  honor(id: $id) {
    id
    tier
    status
    version
    allowedActions
    campaign {
      id
      year
    }
    objections {
      id
      reason
      lodgedAt
      resolved
      upheld
      finding
    }
    events {
      id
      action
      fromStatus
      toStatus
      actor
      at
      note
    }
  }
}
    `) as unknown as TypedDocumentString<HonorActionStateQuery, HonorActionStateQueryVariables>;
export const QueueTransitionDocument = new TypedDocumentString(`
    mutation QueueTransition($input: TransitionHonorInput!) {
  transitionHonor(input: $input) {
    id
    status
    version
    publicityStartsOn
    publicityEndsOn
    plaqueNumber
    batch
    rectificationDeadline
  }
}
    `) as unknown as TypedDocumentString<QueueTransitionMutation, QueueTransitionMutationVariables>;
export const QueueResolveObjectionDocument = new TypedDocumentString(`
    mutation QueueResolveObjection($input: ResolveObjectionInput!) {
  resolveObjection(input: $input) {
    id
    resolved
    upheld
    finding
  }
}
    `) as unknown as TypedDocumentString<QueueResolveObjectionMutation, QueueResolveObjectionMutationVariables>;
export const PublicityPreviewDocument = new TypedDocumentString(`
    query PublicityPreview($campaignId: ID!, $startsOn: Date) {
  campaign(id: $campaignId) {
    id
    publicityPreview(startsOn: $startsOn) {
      startsOn
      endsOn
      workingDays
      problem
      today
    }
  }
}
    `) as unknown as TypedDocumentString<PublicityPreviewQuery, PublicityPreviewQueryVariables>;
export const NamingProposalDocument = new TypedDocumentString(`
    query NamingProposal($campaignId: ID!, $tier: HonorTier!, $count: Int!) {
  campaign(id: $campaignId) {
    id
    firstBatchBy
    nextPlaqueNumbers(tier: $tier, count: $count)
    batches
  }
}
    `) as unknown as TypedDocumentString<NamingProposalQuery, NamingProposalQueryVariables>;
export const TrendScopeUnitsDocument = new TypedDocumentString(`
    query TrendScopeUnits {
  units(includeExcluded: true) {
    id
    code
    name
    excluded
    industry {
      id
      code
      name
    }
  }
}
    `) as unknown as TypedDocumentString<TrendScopeUnitsQuery, TrendScopeUnitsQueryVariables>;
export const EvaluationTrendsDocument = new TypedDocumentString(`
    query EvaluationTrends($campaignId: ID!, $previousId: ID, $hasPrevious: Boolean!, $unitId: ID, $industryId: ID) {
  current: evaluationTrend(
    campaignId: $campaignId
    unitId: $unitId
    industryId: $industryId
  ) {
    byRound {
      round {
        id
        name
        kind
        opensOn
      }
      count
      weightedScore
      massesCount
      satisfactionRate
    }
    byMonth {
      month
      count
      weightedScore
      massesCount
      satisfactionRate
    }
    byYear {
      year
      count
      weightedScore
      massesCount
      satisfactionRate
    }
  }
  previous: evaluationTrend(
    campaignId: $previousId
    unitId: $unitId
    industryId: $industryId
  ) @include(if: $hasPrevious) {
    byMonth {
      month
      count
      weightedScore
      massesCount
      satisfactionRate
    }
  }
}
    `) as unknown as TypedDocumentString<EvaluationTrendsQuery, EvaluationTrendsQueryVariables>;
export const EvaluationKindsDocument = new TypedDocumentString(`
    query EvaluationKinds($roundId: ID!, $unitId: ID, $industryId: ID) {
  evaluationHistogram(roundId: $roundId, unitId: $unitId, industryId: $industryId) {
    kind
    total
    buckets {
      from
      to
      label
      count
    }
  }
}
    `) as unknown as TypedDocumentString<EvaluationKindsQuery, EvaluationKindsQueryVariables>;
export const EvaluationRadarDocument = new TypedDocumentString(`
    query EvaluationRadar($tier: HonorTier!, $campaignId: ID, $roundId: ID, $unitId: ID, $industryId: ID, $subjectId: ID) {
  evaluationCriteria(
    tier: $tier
    campaignId: $campaignId
    roundId: $roundId
    unitId: $unitId
    industryId: $industryId
    subjectId: $subjectId
  ) {
    criterion
    label
    mean
    byKind {
      kind
      mean
    }
  }
}
    `) as unknown as TypedDocumentString<EvaluationRadarQuery, EvaluationRadarQueryVariables>;
export const EvaluationRankingDocument = new TypedDocumentString(`
    query EvaluationRanking($campaignId: ID, $roundId: ID, $industryId: ID) {
  evaluationUnitRanking(
    campaignId: $campaignId
    roundId: $roundId
    industryId: $industryId
  ) {
    unit {
      id
      name
      excluded
    }
    count
    weightedScore
    massesCount
    satisfactionRate
  }
}
    `) as unknown as TypedDocumentString<EvaluationRankingQuery, EvaluationRankingQueryVariables>;