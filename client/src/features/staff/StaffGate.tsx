// Every staff page sits behind this: the sign-in form for anyone not signed in as staff, a notice for a
// checker on a manager's tool, and otherwise the page with the signed-in account.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import { Button } from '../../components/Button';
import { DataState } from '../../components/DataState';
import { Notice } from '../../components/Notice';
import type { ViewerFieldsFragment } from '../../graphql/generated/operations';
import { signOut } from '../session/session';
import { useViewer } from '../session/use-viewer';
import { isManager } from './access';
import { PasswordChangeForm } from './accounts/PasswordChangeForm';
import { StaffSignInForm } from './StaffSignInForm';
import './staff.css';

export interface StaffGateProps {
  /** Only admins and branch staff may use this page. */
  manager?: boolean;
  children: (account: ViewerFieldsFragment, session: StaffSession) => ReactNode;
}

export interface StaffSession {
  /** Ends the session and shows the sign-in form. */
  signOut: () => Promise<void>;
}

export function StaffGate({ manager = false, children }: StaffGateProps) {
  const viewer = useViewer();
  const session: StaffSession = {
    signOut: async () => {
      await signOut();
      await viewer.refetch();
    },
  };
  return (
    <DataState state={viewer.state} onRetry={viewer.refetch}>
      {({ viewer: account }) => {
        if (account?.kind !== 'STAFF') return <StaffSignInForm onSignedIn={() => void viewer.refetch()} />;
        // Signed in with a one-time password: the server refuses everything else until it is changed.
        if (account.mustChangePassword) {
          return (
            <View className="staff-gate">
              <PasswordChangeForm forced onChanged={() => void viewer.refetch()} />
              <Button variant="ghost" block onClick={() => void session.signOut()} className="staff-gate__sign-out">
                退出登录
              </Button>
            </View>
          );
        }
        if (manager && !isManager(account.role)) {
          return <StaffForbidden text="此功能仅限馆员和管理员使用。检票员可使用扫码核验和今日名单。" />;
        }
        return children(account, session);
      }}
    </DataState>
  );
}

/** A page this role may not use: what it is for, and the way back. */
export function StaffForbidden({ text }: { text: string }) {
  return (
    <View className="staff-gate" data-testid="staff-forbidden">
      <Notice tone="warning" title="无权使用此功能">
        <Text>{text}</Text>
      </Notice>
      <Button variant="secondary" block onClick={() => void Taro.navigateBack()}>
        返回
      </Button>
    </View>
  );
}
