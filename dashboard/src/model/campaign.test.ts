import { describe, expect, it } from 'vitest';
import { firstBatch, publicityWindows, timelinePosition, timelineRows } from './campaign.js';

describe('where the campaign stands', () => {
  it('is today during the campaign’s year, the year’s end once it is over, and nowhere before it begins', () => {
    const now = new Date(2016, 5, 15, 10, 30);
    expect(timelinePosition(2016, now)).toEqual({ on: '2016-06-15', kind: 'today' });
    expect(timelinePosition(2015, now)).toEqual({ on: '2015-12-31', kind: 'yearEnd' });
    expect(timelinePosition(2017, now)).toBeNull();
    expect(timelinePosition(2016, new Date(2016, 0, 1, 0, 0))).toEqual({ on: '2016-01-01', kind: 'today' });
  });
});

describe('publicity windows', () => {
  it('gathers the candidacies by window, names each by the batch most of them carry, and leaves out those never publicised', () => {
    const honors = [
      { publicityStartsOn: '2016-09-05', publicityEndsOn: '2016-09-09', batch: '国庆前第二批' },
      { publicityStartsOn: '2016-06-01', publicityEndsOn: '2016-06-07', batch: '七一前首批' },
      { publicityStartsOn: '2016-09-05', publicityEndsOn: '2016-09-09', batch: null },
      { publicityStartsOn: '2016-06-01', publicityEndsOn: '2016-06-07', batch: '七一前首批' },
      { publicityStartsOn: null, publicityEndsOn: null, batch: null },
      { publicityStartsOn: '2016-11-14', publicityEndsOn: '2016-11-18', batch: null },
      { publicityStartsOn: '2016-09-05', publicityEndsOn: '2016-09-09', batch: '国庆前第二批' },
    ];
    expect(publicityWindows(honors)).toEqual([
      { startsOn: '2016-06-01', endsOn: '2016-06-07', batch: '七一前首批', candidacies: 2 },
      { startsOn: '2016-09-05', endsOn: '2016-09-09', batch: '国庆前第二批', candidacies: 3 },
      { startsOn: '2016-11-14', endsOn: '2016-11-18', batch: null, candidacies: 1 },
    ]);
  });
});

describe('the timeline’s rows', () => {
  const campaign = {
    year: 2016,
    phases: [
      { name: '启动', startsOn: '2016-05-05', endsOn: '2016-05-10' },
      { name: '深化实施', startsOn: '2016-05-11', endsOn: '2016-11-30' },
    ],
    ledgerDueOn: '2016-06-20',
    firstBatchBy: '2016-07-01',
  };
  const words = {
    phase: (name: string) => ({ 启动: 'Launch', 深化实施: 'Implementation' })[name] ?? name,
    ledgerDue: 'Ledgers due',
    firstBatch: 'First batch',
    publicity: (w: { batch: string | null; startsOn: string }) => (w.batch ? `Publicity: ${w.batch}` : `Publicity: ${w.startsOn}`),
  };

  it('takes the phases, the ledger and first-batch days and each publicity window from the campaign', () => {
    const rows = timelineRows(campaign, [{ startsOn: '2016-06-01', endsOn: '2016-06-07', batch: '七一前首批', candidacies: 9 }], words);
    expect(rows).toEqual({
      phases: [
        { label: 'Launch', startsOn: '2016-05-05', endsOn: '2016-05-10' },
        { label: 'Implementation', startsOn: '2016-05-11', endsOn: '2016-11-30' },
      ],
      milestones: [
        { label: 'Ledgers due', on: '2016-06-20' },
        { label: 'First batch', on: '2016-07-01' },
      ],
      windows: [{ label: 'Publicity: 七一前首批', startsOn: '2016-06-01', endsOn: '2016-06-07' }],
    });
  });

  it('gives a second window of the same batch a row of its own, named by its dates', () => {
    const rows = timelineRows(
      campaign,
      [
        { startsOn: '2016-06-01', endsOn: '2016-06-07', batch: 'A', candidacies: 9 },
        { startsOn: '2016-06-20', endsOn: '2016-06-24', batch: 'A', candidacies: 2 },
      ],
      words,
    );
    expect(rows.windows.map((w) => w.label)).toEqual(['Publicity: A', 'Publicity: 2016-06-20']);
  });
});

describe('the first batch before 七一', () => {
  const named = [
    { namedOn: '2016-06-30', batch: '七一前首批' },
    { namedOn: '2016-06-29', batch: '七一前首批' },
    { namedOn: '2016-07-01', batch: null },
    { namedOn: '2016-09-30', batch: '国庆前第二批' },
  ];

  it('counts what was named on or before the day, the day itself included, with its last day and batch', () => {
    expect(firstBatch(named, '2016-07-01', { on: '2016-12-31', kind: 'yearEnd' })).toEqual({
      status: 'done',
      named: 3,
      lastNamedOn: '2016-07-01',
      batch: '七一前首批',
      firstBatchBy: '2016-07-01',
    });
  });

  it('is pending until the day has passed, and missed after it with nothing named', () => {
    const late = [{ namedOn: '2016-09-30', batch: '国庆前第二批' }];
    expect(firstBatch(late, '2016-07-01', { on: '2016-07-01', kind: 'today' }).status).toBe('pending');
    expect(firstBatch(late, '2016-07-01', null).status).toBe('pending');
    expect(firstBatch(late, '2016-07-01', { on: '2016-07-02', kind: 'today' })).toEqual({ status: 'missed', named: 0, lastNamedOn: null, batch: null, firstBatchBy: '2016-07-01' });
  });
});
