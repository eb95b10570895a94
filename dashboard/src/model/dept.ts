// The department and honor pages' rules as pure functions: which round a page shows first, what
// the chain of evidence counts, how a moment of an honor's history is written.

/** An evaluation round as the round selector knows it. */
export interface RoundChoice {
  id: string;
  kind: string;
  opensOn: string;
  status: string;
}

/**
 * The round a page shows when the reader has not chosen one: the chosen one when it is the
 * campaign's; else the last periodic round that has opened (年中评议, 年终考核: every subject of the
 * campaign's candidacies is evaluated there, while a mass review takes one batch of candidacies),
 * else the last round that has opened (a scheduled one has no evaluations yet), else the first.
 * Rounds come in the order they open.
 */
export function defaultRound<T extends RoundChoice>(rounds: readonly T[], chosen?: string): T | undefined {
  const picked = chosen ? rounds.find((r) => r.id === chosen) : undefined;
  if (picked) return picked;
  const opened = rounds.filter((r) => r.status !== 'SCHEDULED');
  return opened.filter((r) => r.kind !== 'MASS_REVIEW').at(-1) ?? opened.at(-1) ?? rounds[0];
}

/** Candidacies that count as declared: every one but the rejected, withdrawn and revoked (DESIGN §2). */
const NOT_DECLARED = new Set(['REJECTED', 'WITHDRAWN', 'REVOKED']);
/** Honors that count as named. */
const NAMED = new Set(['NAMED', 'RECTIFYING']);

export function countsAsDeclared(status: string): boolean {
  return !NOT_DECLARED.has(status);
}

export function countsAsNamed(status: string): boolean {
  return NAMED.has(status);
}

export interface TierCount {
  tier: string;
  status: string;
  count: number;
}

/** 示范单位's evidence: the unit's posts and teams declared and named, from its counts per tier and status. */
export function unitEvidence(counts: readonly TierCount[]): { posts: { declared: number; named: number }; teams: { declared: number; named: number } } {
  const of = (tier: string) => {
    const rows = counts.filter((c) => c.tier === tier);
    return {
      declared: rows.filter((c) => countsAsDeclared(c.status)).reduce((s, c) => s + c.count, 0),
      named: rows.filter((c) => countsAsNamed(c.status)).reduce((s, c) => s + c.count, 0),
    };
  };
  return { posts: of('POST'), teams: of('TEAM') };
}

export interface IndustryUnitFacts {
  id: string;
  code: string;
  name: string;
  excluded: boolean;
  honors: readonly { id: string; status: string }[];
  evaluationSummary?: { weightedScore?: number | null; grade?: string | null; gradeLabel?: string | null } | null;
}

export interface IndustryUnitRow {
  id: string;
  code: string;
  name: string;
  /** The unit's own candidacy in the campaign, if any. */
  honorId: string | null;
  status: string | null;
  named: boolean;
  weightedScore: number | null;
  grade: string | null;
}

/**
 * 示范行业's evidence: each of the industry's units with its 示范单位 candidacy and grade; named
 * units first, then by weighted score (highest first), then by code.
 */
export function industryEvidence(units: readonly IndustryUnitFacts[]): { rows: IndustryUnitRow[]; named: number } {
  const rows = units.map((u) => {
    // A unit's own candidacies: one a campaign (Unit.honors(campaignId)); a live one wins over an ended one.
    const honor = [...u.honors].sort((a, b) => Number(countsAsDeclared(b.status)) - Number(countsAsDeclared(a.status)))[0];
    return {
      id: u.id,
      code: u.code,
      name: u.name,
      honorId: honor?.id ?? null,
      status: honor?.status ?? null,
      named: !!honor && countsAsNamed(honor.status),
      weightedScore: u.evaluationSummary?.weightedScore ?? null,
      grade: u.evaluationSummary?.grade ?? null,
    };
  });
  rows.sort((a, b) => Number(b.named) - Number(a.named) || (b.weightedScore ?? -1) - (a.weightedScore ?? -1) || a.code.localeCompare(b.code));
  return { rows, named: rows.filter((r) => r.named).length };
}

/** A moment of an honor's history in Beijing time, as the committee's records give it: 2016-06-20 14:05. */
export function beijingTime(iso: string): string {
  const at = new Date(Date.parse(iso) + 8 * 3600_000);
  if (Number.isNaN(at.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`;
}

/** The name of whatever an honor is for, whichever of the four kinds it is. */
export function subjectName(subject: { name?: string | null } | null | undefined): string {
  return subject?.name ?? '';
}

/** A ratio as a percentage with one decimal (0.6667 → "66.7%"); a dash when there is none. */
export function percent(rate: number | null | undefined, locale: string): string {
  if (rate == null) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}
