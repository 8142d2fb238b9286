// The staff subpackage's entry: the dashboard for signed-in staff, the sign-in form for everyone else.
import { StaffDashboard } from './StaffDashboard';
import { StaffGate } from './StaffGate';

export function StaffHome() {
  return (
    <StaffGate>{(account, session) => <StaffDashboard account={account} onSignOut={session.signOut} />}</StaffGate>
  );
}
