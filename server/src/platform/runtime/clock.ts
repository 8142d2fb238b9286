// The one source of "now" on the server. Business rules read time only through a Clock so tests can set it.
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that stands still until told to move; tests and the booking-rule suites use it. */
export class ManualClock implements Clock {
  constructor(private current: number) {}
  now(): number {
    return this.current;
  }
  set(instantMs: number): void {
    this.current = instantMs;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}
