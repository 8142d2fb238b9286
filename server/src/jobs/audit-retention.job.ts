// Purges audit rows past their retention (AUDIT_RETENTION_DAYS). Every process runs it; each batch takes the
// audit chain's head lock, so concurrent runs purge a range once and a repeat finds nothing to do.
import type { AppServices } from '../context';
import { purgeAuditLog } from '../platform/audit/audit-retention';

export async function purgeExpiredAuditRows(
  services: Pick<AppServices, 'db' | 'clock' | 'vault' | 'config'>,
): Promise<number> {
  return purgeAuditLog(services, services.config.audit.retentionDays);
}
