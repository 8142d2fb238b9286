// Booking pages need a signed-in citizen. Signed out, the page offers the same sign-in as 我的 in place,
// so the chosen session is not lost on the way (switching to the 我的 tab would close this page).
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { DataState } from '../../components/DataState';
import { Notice } from '../../components/Notice';
import type { ViewerFieldsFragment } from '../../graphql/generated/operations';
import { SignInPanel } from '../session/SignInPanel';
import { useViewer } from '../session/use-viewer';

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
            <View className="booking-gate" data-testid="booking-gate">
              <Notice tone="accent" title="请先登录">
                <Text>{reason}</Text>
              </Notice>
              <SignInPanel authOptions={authOptions} onSignedIn={() => void viewer.refetch()} />
            </View>
          );
        }
        if (account.kind !== 'CITIZEN') {
          return (
            <Notice tone="warning" title="工作人员账号不能预约" className="booking-gate">
              <Text>预约参观、常用参观人与候补仅对市民账号开放。请在「我的」退出后用微信登录。</Text>
            </Notice>
          );
        }
        return children(account);
      }}
    </DataState>
  );
}
