// Scans taken while the network is down wait on the device (Taro storage, so a reload keeps them) with their
// own id and the time they were scanned, and are sent when it returns. The server applies each scan id once
// and judges it by its scan time, so sending the queue twice, or from a retry, checks nobody in twice.
import Taro from '@tarojs/taro';

const QUEUE_KEY = 'zz.door.queue';

export interface QueuedScan {
  scanId: string;
  token: string;
  headcount: number | null;
  /** Epoch ms on the device when staff scanned. */
  scannedAt: number;
}

export function queuedScans(): QueuedScan[] {
  try {
    const value: unknown = Taro.getStorageSync(QUEUE_KEY);
    return Array.isArray(value) ? (value as QueuedScan[]) : [];
  } catch {
    return [];
  }
}

function save(queue: QueuedScan[]): void {
  Taro.setStorageSync(QUEUE_KEY, queue);
}

/** A fresh id for a scan: random enough that two devices never make the same one. */
export function newScanId(): string {
  const random = () => Math.random().toString(36).slice(2, 10);
  return `${Date.now().toString(36)}-${random()}${random()}`;
}

/**
 * Queues a scan; a ticket already waiting is kept once, with its first scan time (a ticket scanned again while
 * offline is the same visitor, not a second entry). Answers how many wait.
 */
export function enqueueScan(scan: QueuedScan): number {
  const queue = queuedScans();
  if (!queue.some((q) => q.scanId === scan.scanId || q.token === scan.token)) {
    queue.push(scan);
    save(queue);
  }
  return queue.length;
}

/** Forgets a scan the server has answered (admitted or refused: either way it is settled). */
export function settleScan(scanId: string): void {
  save(queuedScans().filter((q) => q.scanId !== scanId));
}
