import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { importDeadline, importTurn, importsInProgress } from './import-turn.js';

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
