// Citizen pages (booking, lookups) need a signed-in citizen. Signed out, the page offers the same sign-in as 我的
// in place, so what the citizen chose is not lost on the way (switching to the 我的 tab would close this page).
// Two subpackages use it (booking, lookup): it lives with the session feature, and the weapp build copies it into
// each of them (client/config/index.ts), so the main package does not carry it.
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { DataState } from '../../components/DataState';
import { Notice } from '../../components/Notice';
import type { ViewerFieldsFragment } from '../../graphql/generated/operations';
import { SignInPanel } from './SignInPanel';
import { useViewer } from './use-viewer';
import './session.css';

export interface SignInGateProps {
  children: (account: ViewerFieldsFragment) => ReactNode;
  /** Why signing in is needed, above the sign-in panel. */
  reason: string;
}

export function SignInGate({ children, reason }: SignInGateProps) {
  const viewer = useViewer();
  return (
    <DataState state={viewer.state} onRetry={viewer.refetch}>
      {({ viewer: account, authOptions }) => {
        if (!account) {
          return (
            <View className="sign-in-gate" data-testid="booking-gate">
              <Notice tone="accent" title="请先登录">
                <Text>{reason}</Text>
              </Notice>
              <SignInPanel authOptions={authOptions} onSignedIn={() => void viewer.refetch()} />
            </View>
          );
        }
        if (account.kind !== 'CITIZEN') {
          return (
            <Notice tone="warning" title="工作人员账号不能使用此功能" className="sign-in-gate">
              <Text>预约参观、常用参观人与查档申请仅对市民账号开放。请在「我的」退出后用微信登录。</Text>
            </Notice>
          );
        }
        return children(account);
      }}
    </DataState>
  );
}
