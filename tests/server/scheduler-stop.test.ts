// Issue 14 (a production build): a stopping process finishes the scheduled job it has claimed rows for, and starts
// no other (each job is idempotent; the next round of a process still up runs what was skipped).
import { describe, expect, it } from 'vitest';
import { runScheduledWork, type StopRequest, startScheduler } from '../../server/src/jobs/scheduler';

describe('the scheduler in a graceful stop', () => {
  it('waits for the job in progress before it reports stopped, and starts no round after', async () => {
    const events: string[] = [];
    let release: () => void = () => {};
    let claimed: () => void = () => {};
    const jobClaimed = new Promise<void>((resolve) => {
      claimed = resolve;
    });
    let rounds = 0;
    const work = async (_services: unknown, stop: StopRequest) => {
      rounds++;
      events.push('job claimed its rows');
      claimed();
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      events.push(`job finished (stopping: ${stop.stopping})`);
    };
    const stop = startScheduler({} as never, 1, work);
    await jobClaimed;

    const stopped = stop().then(() => events.push('scheduler stopped'));
    events.push('stop asked');
    release();
    await stopped;
    expect(events).toEqual([
      'job claimed its rows',
      'stop asked',
      'job finished (stopping: true)',
      'scheduler stopped',
    ]);
    expect(rounds).toBe(1);
  });

  it('runs no job of a round once the process is stopping', async () => {
    // No database behind these services: a job that ran would throw.
    expect(await runScheduledWork({} as never, { stopping: true })).toEqual({
      slotsMarked: null,
      offersExpired: null,
      slotsCreated: null,
      uploadsPurged: null,
      remindersEnqueued: null,
      contentPublished: null,
      auditRowsPurged: null,
      delivered: null,
    });
  });
});
