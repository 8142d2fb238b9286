// Timers as the WeChat host offers them: numeric ids (Node's own timers are objects), every pending timer
// known so the host can tell when the app has gone quiet, and all of them cleared when the host closes.
// A callback that throws is recorded (WeChat reports it to App.onError) instead of crashing the test run.

interface PendingTimer {
  handle: NodeJS.Timeout;
  due: number;
  repeat: boolean;
}

export class HostTimers {
  private next = 1;
  private readonly pending = new Map<number, PendingTimer>();

  constructor(private readonly onError: (error: unknown) => void) {}

  setTimeout = (callback: unknown, delay?: unknown, ...args: unknown[]): number => {
    const id = this.next++;
    const ms = Math.max(0, Number(delay) || 0);
    const handle = setTimeout(() => {
      this.pending.delete(id);
      this.run(callback, args);
    }, ms);
    this.pending.set(id, { handle, due: Date.now() + ms, repeat: false });
    return id;
  };

  setInterval = (callback: unknown, delay?: unknown, ...args: unknown[]): number => {
    const id = this.next++;
    const ms = Math.max(1, Number(delay) || 0);
    const handle = setInterval(() => {
      const timer = this.pending.get(id);
      if (timer) timer.due = Date.now() + ms;
      this.run(callback, args);
    }, ms);
    this.pending.set(id, { handle, due: Date.now() + ms, repeat: true });
    return id;
  };

  clearTimeout = (id: unknown): void => {
    const timer = this.pending.get(Number(id));
    if (!timer) return;
    clearTimeout(timer.handle);
    clearInterval(timer.handle);
    this.pending.delete(Number(id));
  };

  clearInterval = this.clearTimeout;

  /** One-shot timers due within `withinMs`: work the app has scheduled for right now (renders, setData). */
  dueSoon(withinMs: number): number {
    const horizon = Date.now() + withinMs;
    let count = 0;
    for (const timer of this.pending.values()) if (!timer.repeat && timer.due <= horizon) count += 1;
    return count;
  }

  clearAll(): void {
    for (const id of [...this.pending.keys()]) this.clearTimeout(id);
  }

  private run(callback: unknown, args: unknown[]) {
    if (typeof callback !== 'function') return;
    try {
      callback(...args);
    } catch (error) {
      this.onError(error);
    }
  }
}
