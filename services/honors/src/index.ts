// The honors subgraph's domain rules: pure functions, no database, no HTTP.
export type { Problem } from './problem.js';
export { FIRST_YEAR, LAST_YEAR, addDays, isIsoDate, weekday } from './dates.js';
export {
  InvalidHolidayScheduleError, NoHolidayScheduleError, WorkingCalendar, addWorkingDays, countWorkingDays, isWorkingDay,
  workingCalendar, type Holiday, type HolidaySchedule,
} from './calendar/calendar.rules.js';
export { MAX_HOLIDAY_DAYS, MAX_HOLIDAY_NAME, checkHolidaySchedule } from './calendar/calendar.check.js';
export { OFFICIAL_HOLIDAY_SCHEDULES } from './calendar/calendar.data.js';
export { campaignDefaults, type CampaignPhase, type CampaignSettings, type EvaluationWeights } from './campaign/campaign.defaults.js';
export {
  MAX_CAMPAIGN_NAME, MAX_PHASES, MAX_PHASE_NAME, MAX_PUBLICITY_WORKING_DAYS, WEIGHT_SUM_TOLERANCE, checkCampaign,
} from './campaign/campaign.check.js';
export {
  ACTION_ROLES, BATCH_MAX, DECLARED_STATUSES, FINAL_STATUSES, HONOR_ACTIONS, HONOR_STATUSES, MAX_RECTIFICATION_DAYS, NAMED_STATUSES,
  NOTE_MAX, PLAQUE_NUMBER_MAX, REQUIRED_NOTE_MIN, TRANSITIONS, allowedActions, availableActions, countsAsDeclared, countsAsNamed,
  declaredHonor, overdue, roleMayPerform, transition, type HonorAction, type HonorEventRecord, type HonorState, type HonorStatus,
  type IllegalTransitionReason, type Refusal, type Role, type TransitionContext, type TransitionRequest, type TransitionResult,
} from './honor/honor.machine.js';
export { HONOR_TIERS, SUBJECT_KIND, type HonorTier, type SubjectKind } from './honor/honor.tier.js';
export {
  attainment, checkIndustryNaming, cityQuota, quotaTarget, tallyHonors, unitQuota, type Attainment, type CityQuota,
  type CityUnitFacts, type CountedHonor, type HonorTally, type IndustryAttainment, type IndustryCeilingRefusal, type QuotaRatios,
  type SummedAttainment, type UnitQuota, type UnitQuotaFacts,
} from './quota/quota.rules.js';
export { beijingDate, isOnTime, ledgerCounts, summarizeLedgers, type LedgerCounts, type LedgerStatus, type UnitLedgerSummary } from './ledger/ledger.rules.js';
export {
  COMMITTEE_ACTOR, FIRST_BATCH, HONORS_SEED_AS_OF, HONORS_SEED_PREVIOUS_YEAR, HONORS_SEED_YEAR, SECOND_BATCH, generateHonorsSeed,
  unitAdminActor, type HonorsSeed, type HonorsSeedCampaign, type HonorsSeedEvent, type HonorsSeedHonor, type HonorsSeedLedgerSubmission,
  type HonorsSeedObjection, type HonorsSeedOptions,
} from './seed/honors.seed.js';

// The subgraph itself (port 4004, schema `honors`), built on the rules above.
export { honorsSubgraph } from './subgraph.js';
export { insertHonorsSeed, loadHonorsSeed } from './seed/honors.seed.load.js';
