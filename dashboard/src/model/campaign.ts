import type { TimelineMilestone, TimelineSpan } from '../charts/index.js';

/** The campaign fields the timeline draws (the `campaigns` query's). */
export interface CampaignDates {
  year: number;
  phases: { name: string; startsOn: string; endsOn: string }[];
  ledgerDueOn: string;
  firstBatchBy: string;
}

/** Where "now" stands on a year's timeline: today in the campaign's year, its last day for a past year. */
export interface TimelinePosition {
  on: string;
  kind: 'today' | 'yearEnd';
}

function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * Today's position on a campaign year's timeline, by the reader's calendar: today during the
 * year, the year's end (31 December) once it is over, none before it has begun.
 */
export function timelinePosition(year: number, now: Date): TimelinePosition | null {
  const current = now.getFullYear();
  if (year < current) return { on: `${year}-12-31`, kind: 'yearEnd' };
  if (year > current) return null;
  return { on: isoDay(now), kind: 'today' };
}

/** A publicity window (公示) as the campaign's candidacies went through it. */
export interface PublicityWindow {
  startsOn: string;
  endsOn: string;
  /** The naming batch most of its candidacies belong to, if any (e.g. 七一前首批). */
  batch: string | null;
  candidacies: number;
}

/**
 * The publicity windows of a campaign from its candidacies: each distinct first and last day once,
 * with the batch most of its candidacies carry (a window holds one batch, a late candidacy may
 * carry none), by date. Candidacies never publicised are left out.
 */
export function publicityWindows(honors: readonly { publicityStartsOn?: string | null; publicityEndsOn?: string | null; batch?: string | null }[]): PublicityWindow[] {
  const windows = new Map<string, { startsOn: string; endsOn: string; batches: Map<string, number>; candidacies: number }>();
  for (const h of honors) {
    if (!h.publicityStartsOn || !h.publicityEndsOn) continue;
    const key = `${h.publicityStartsOn}/${h.publicityEndsOn}`;
    let w = windows.get(key);
    if (!w) windows.set(key, (w = { startsOn: h.publicityStartsOn, endsOn: h.publicityEndsOn, batches: new Map(), candidacies: 0 }));
    w.candidacies += 1;
    if (h.batch) w.batches.set(h.batch, (w.batches.get(h.batch) ?? 0) + 1);
  }
  return [...windows.values()]
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.endsOn.localeCompare(b.endsOn))
    .map((w) => ({
      startsOn: w.startsOn,
      endsOn: w.endsOn,
      batch: [...w.batches.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null,
      candidacies: w.candidacies,
    }));
}

/** The words of the timeline's rows, in the reader's language. */
export interface TimelineWords {
  phase(name: string): string;
  ledgerDue: string;
  firstBatch: string;
  /** A window's row: by its batch, or by its first day when it has none. */
  publicity(window: PublicityWindow): string;
}

/** What `campaignTimelineOption` draws for a campaign: its phases, milestones and publicity windows. */
export function timelineRows(campaign: CampaignDates, windows: readonly PublicityWindow[], words: TimelineWords): { phases: TimelineSpan[]; milestones: TimelineMilestone[]; windows: TimelineSpan[] } {
  const labels = new Set<string>();
  return {
    phases: campaign.phases.map((p) => ({ label: words.phase(p.name), startsOn: p.startsOn, endsOn: p.endsOn })),
    milestones: [
      { label: words.ledgerDue, on: campaign.ledgerDueOn },
      { label: words.firstBatch, on: campaign.firstBatchBy },
    ],
    windows: windows.map((w) => {
      // Two windows of one batch (a late round) would share a row: the second says its dates.
      let label = words.publicity(w);
      if (labels.has(label)) label = words.publicity({ ...w, batch: null });
      labels.add(label);
      return { label, startsOn: w.startsOn, endsOn: w.endsOn };
    }),
  };
}

/** A candidacy's naming (命名授牌): its day and batch. */
export interface NamedDate {
  namedOn: string;
  batch: string | null;
}

/**
 * The first batch before 七一: `done` once anything was named on or before `firstBatchBy`,
 * `pending` while that day has not passed (or the year has not begun), `missed` after it with
 * nothing named by then.
 */
export interface FirstBatch {
  status: 'done' | 'pending' | 'missed';
  /** Candidacies named on or before `firstBatchBy`. */
  named: number;
  /** The last of their naming days; null when none. */
  lastNamedOn: string | null;
  /** The batch most of them carry, e.g. 七一前首批. */
  batch: string | null;
  firstBatchBy: string;
}

export function firstBatch(named: readonly NamedDate[], firstBatchBy: string, position: TimelinePosition | null): FirstBatch {
  const early = named.filter((n) => n.namedOn <= firstBatchBy);
  const batches = new Map<string, number>();
  for (const n of early) if (n.batch) batches.set(n.batch, (batches.get(n.batch) ?? 0) + 1);
  const batch = [...batches.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  const lastNamedOn = early.reduce<string | null>((last, n) => (last === null || n.namedOn > last ? n.namedOn : last), null);
  const status = early.length ? 'done' : !position || position.on <= firstBatchBy ? 'pending' : 'missed';
  return { status, named: early.length, lastNamedOn, batch, firstBatchBy };
}
