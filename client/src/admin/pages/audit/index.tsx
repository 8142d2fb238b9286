import { Page } from '../../../components/Page';
import { canReadAuditLog } from '../../../features/staff/access';
import { AuditLog } from '../../../features/staff/audit/AuditLog';
import { StaffForbidden, StaffGate } from '../../../features/staff/StaffGate';

export default function StaffAuditPage() {
  return (
    <Page name="staff-audit">
      <StaffGate>
        {(account) =>
          canReadAuditLog(account.role) ? (
            <AuditLog cityWide={account.role === 'ADMIN'} />
          ) : (
            <StaffForbidden text="审计日志仅限市级管理员和本馆管理员查看。" />
          )
        }
      </StaffGate>
    </Page>
  );
}
