import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { importDeadline, importTurn, importsInProgress } from './import-turn.js';
import { importBudgetFor } from './sheet-types.js';

type Next = () => Promise<unknown>;

describe('importTurn', () => {
  it('runs one import at a time, gives each its deadline, and refuses one that waited past it without running it', async () => {
    const turn = importTurn<{ budget: number }>({ budgetMs: (c) => c.budget, field: 'file' });
    const run = (context: { budget: number }, next: Next) => turn({ context } as never, next);

    // An import that runs until told to finish.
    let finish!: () => void;
    const context = { budget: 60_000 };
    const holding = run(context, async () => {
      expect(importDeadline(context)?.aborted).toBe(false);
      await new Promise<void>((resolve) => (finish = resolve));
      return 'first';
    });
    await new Promise((r) => setImmediate(r));
    expect(importsInProgress()).toBe(1);

    let ranLate = false;
    const late = await run({ budget: 1 }, async () => (ranLate = true)).catch((e: GraphQLError) => e);
    expect(ranLate).toBe(false);
    expect(late).toMatchObject({ message: expect.stringContaining('0.001 秒'), extensions: { code: 'BAD_USER_INPUT', field: 'file' } });

    const order: string[] = [];
    const waiting = run({ budget: 60_000 }, async () => order.push('next'));
    finish();
    expect(await holding).toBe('first');
    order.push('first answered');
    await waiting;
    // The next import starts only after a pause, so the first one's caller hears back before it.
    expect(order).toEqual(['first answered', 'next']);
    while (importsInProgress() > 0) await new Promise((r) => setTimeout(r, 5));
  });
});

describe('an import’s time budget', () => {
  it('ends two seconds before the gateway’s deadline, never past the sheet reader’s own limit', () => {
    expect(importBudgetFor(10_000)).toBe(8000);
    expect(importBudgetFor(60_000)).toBe(8000);
    expect(importBudgetFor(7000)).toBe(5000);
  });

  it('keeps half of a short deadline rather than nothing', () => {
    expect(importBudgetFor(3000)).toBe(1500);
    expect(importBudgetFor(1000)).toBe(500);
  });

  it('is read from the request context when the import names none', async () => {
    const turn = importTurn<{ importBudgetMs: number }>({ field: 'file' });
    let finish!: () => void;
    const holding = turn({ context: { importBudgetMs: 60_000 } } as never, () => new Promise<void>((resolve) => (finish = resolve)));
    await new Promise((r) => setImmediate(r));
    const late = await turn({ context: { importBudgetMs: 3 } } as never, async () => 'ran').catch((e: GraphQLError) => e);
    expect(late).toMatchObject({ message: expect.stringContaining('0.003 秒'), extensions: { code: 'BAD_USER_INPUT', field: 'file' } });
    finish();
    await holding;
    while (importsInProgress() > 0) await new Promise((r) => setTimeout(r, 5));
  });
});
