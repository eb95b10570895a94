import { FIRST_YEAR, LAST_YEAR } from '../dates.js';

/** A stage of the campaign's timeline, first and last day included. */
export interface CampaignPhase {
  name: string;
  startsOn: string;
  endsOn: string;
}

/** How much each evaluator kind weighs in a subject's weighted score (they sum to 1). */
export interface EvaluationWeights {
  masses: number;
  peers: number;
  leaders: number;
}

/** What the committee sets for one year's campaign (DESIGN.md §2, issue 9 §1). */
export interface CampaignSettings {
  year: number;
  name: string;
  phases: CampaignPhase[];
  /** Units' ledgers (台账) are due on this day; one submitted on it is on time. */
  ledgerDueOn: string;
  /** The first naming batch is named before “七一”: on or before this day is in time. */
  firstBatchBy: string;
  /** Declared posts a unit needs per Party member (示范岗 ≥ 10% of members). */
  postRatio: number;
  /** Declared teams a unit needs per team (示范团队 ≥ 10% of teams). */
  teamRatio: number;
  /** Named units the city needs per participating unit (示范单位 ≥ 10%). */
  unitRatio: number;
  /** Named industries: at least this many (示范行业 2–3)… */
  industryMin: number;
  /** …and never more: naming one more is refused. */
  industryMax: number;
  weights: EvaluationWeights;
  /** Length of a publicity window (公示) in working days. */
  publicityWorkingDays: number;
}

/**
 * The 2016 implementation plan's values (市直机关“共产党员示范行动”实施方案) moved to `year`:
 * phases 启动 5 May–10 May, 深化实施 11 May–30 November, 巩固提升 1–31 December; ledgers
 * due 20 June; first batch before 1 July; ratios 10%; 2–3 industries; weights masses 0.4, peers
 * 0.3, leaders 0.3; publicity 5 working days. A fresh object each call: callers may edit it.
 */
export function campaignDefaults(year: number): CampaignSettings {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(`A campaign year is a whole number from ${FIRST_YEAR} to ${LAST_YEAR} (got ${year})`);
  }
  const on = (monthDay: string) => `${year}-${monthDay}`;
  return {
    year,
    name: `${year}年共产党员示范行动`,
    phases: [
      { name: '启动', startsOn: on('05-05'), endsOn: on('05-10') },
      { name: '深化实施', startsOn: on('05-11'), endsOn: on('11-30') },
      { name: '巩固提升', startsOn: on('12-01'), endsOn: on('12-31') },
    ],
    ledgerDueOn: on('06-20'),
    firstBatchBy: on('07-01'),
    postRatio: 0.1,
    teamRatio: 0.1,
    unitRatio: 0.1,
    industryMin: 2,
    industryMax: 3,
    weights: { masses: 0.4, peers: 0.3, leaders: 0.3 },
    publicityWorkingDays: 5,
  };
}
