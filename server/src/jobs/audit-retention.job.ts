// Purges audit rows past their retention (AUDIT_RETENTION_DAYS). Every process runs it; each batch takes the
// audit chain's head lock, so concurrent runs purge a range once and a repeat finds nothing to do.
import type { AppServices } from '../context';
import { purgeAuditLog } from '../platform/audit/audit-retention';

export async function purgeExpiredAuditRows(
  services: Pick<AppServices, 'db' | 'clock' | 'vault' | 'config'>,
): Promise<number> {
  try {
    return await purgeAuditLog(services, services.config.audit.retentionDays);
  } catch (error) {
    // A failed purge is retried on the next round; it must not keep the scheduler's later steps (message
    // delivery) from running.
    console.error('audit purge failed', error);
    return 0;
  }
}
