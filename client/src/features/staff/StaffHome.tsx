// The staff subpackage's entry: the dashboard for signed-in staff, the sign-in form for everyone else.
import { DataState } from '../../components/DataState';
import { signOut } from '../session/session';
import { useViewer } from '../session/use-viewer';
import { StaffDashboard } from './StaffDashboard';
import { StaffSignInForm } from './StaffSignInForm';

export function StaffHome() {
  const viewer = useViewer();
  return (
    <DataState state={viewer.state} onRetry={viewer.refetch}>
      {({ viewer: account }) =>
        account?.kind === 'STAFF' ? (
          <StaffDashboard account={account} onSignOut={() => void signOut().then(viewer.refetch)} />
        ) : (
          <StaffSignInForm onSignedIn={() => void viewer.refetch()} />
        )
      }
    </DataState>
  );
}
