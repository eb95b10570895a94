/**
 * A line of callers for a few slots: `take` resolves with a release function once a slot is free,
 * or rejects when the signal aborts first (with what `late` makes of it). Callers are served in
 * order of arrival.
 */
export class Turns {
  private busy = 0;
  private readonly line: (() => void)[] = [];

  constructor(private readonly slots: number) {}

  get inUse(): number {
    return this.busy;
  }

  take(signal: AbortSignal, late: () => Error): Promise<() => void> {
    if (signal.aborted) return Promise.reject(late());
    if (this.busy < this.slots) {
      this.busy++;
      return Promise.resolve(this.release());
    }
    return new Promise((resolve, reject) => {
      const go = () => {
        signal.removeEventListener('abort', giveUp);
        this.busy++;
        resolve(this.release());
      };
      const giveUp = () => {
        this.line.splice(this.line.indexOf(go), 1);
        reject(late());
      };
      this.line.push(go);
      signal.addEventListener('abort', giveUp, { once: true });
    });
  }

  private release(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.busy--;
      this.line.shift()?.();
    };
  }
}
