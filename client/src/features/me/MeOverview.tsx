// 我的: the account (or sign-in), links to bookings and frequent visitors, 长辈模式, and the staff entry.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '../../components/Button';
import { Cell, CellGroup } from '../../components/Cell';
import { DataState } from '../../components/DataState';
import { go, routes } from '../../lib/navigation';
import { ElderModeSwitch } from '../elder-mode/ElderModeSwitch';
import { useUnreadMessages } from '../notifications/unread';
import { AccountCard } from '../session/AccountCard';
import { SignInPanel } from '../session/SignInPanel';
import { signOut } from '../session/session';
import { useViewer } from '../session/use-viewer';
import './me.css';

export function MeOverview() {
  const viewer = useViewer();
  // Also keeps the 我的 tab's badge in step.
  const unread = useUnreadMessages();

  async function confirmSignOut() {
    const { confirm } = await Taro.showModal({ title: '退出登录', content: '确定要退出当前账号吗？' });
    if (!confirm) return;
    await signOut();
    await viewer.refetch();
    unread.refresh();
  }

  return (
    <View className="me">
      <DataState state={viewer.state} onRetry={viewer.refetch}>
        {({ viewer: account, authOptions }) =>
          account ? (
            <>
              <AccountCard account={account} />
              <CellGroup className="me__links">
                <Cell
                  label="消息"
                  hint="预约、候补与查档的通知"
                  value={unread.count ? <UnreadCount count={unread.count} /> : undefined}
                  onClick={() => go(routes.messages())}
                  className="me__messages"
                />
                <Cell
                  label="我的预约"
                  hint="查看电子票、取消预约"
                  onClick={() => go(routes.myBookings())}
                  className="me__bookings"
                />
                <Cell
                  label="我的查档"
                  hint="受理号、办理进度与查档证明"
                  onClick={() => go(routes.myLookups())}
                  className="me__lookups"
                />
                <Cell
                  label="常用参观人"
                  hint="预约时快速填写"
                  onClick={() => go(routes.visitors())}
                  className="me__visitors"
                />
                <Cell
                  label="个人信息保护"
                  hint="查看说明、撤回同意"
                  onClick={() => go(routes.privacyNotice())}
                  className="me__privacy"
                />
                {account.kind === 'STAFF' ? (
                  <Cell
                    label="工作人员入口"
                    hint="核验入馆与管理"
                    onClick={() => go(routes.staff())}
                    className="me__staff"
                  />
                ) : null}
              </CellGroup>
              <CellGroup>
                <ElderModeSwitch />
              </CellGroup>
              <Button block variant="danger" className="me__sign-out" onClick={() => void confirmSignOut()}>
                退出登录
              </Button>
            </>
          ) : (
            <>
              <SignInPanel
                authOptions={authOptions}
                onSignedIn={() => {
                  void viewer.refetch();
                  unread.refresh();
                }}
              />
              <CellGroup>
                <ElderModeSwitch />
              </CellGroup>
              <View className="me__staff-link" onClick={() => go(routes.staff())}>
                <Text>工作人员登录</Text>
              </View>
            </>
          )
        }
      </DataState>
      <Text className="me__footer">漳州市档案馆 · 没有围墙的档案馆</Text>
    </View>
  );
}

function UnreadCount({ count }: { count: number }) {
  return (
    <Text className="me__unread" data-testid="me-unread-count">
      {count > 99 ? '99+' : count}
    </Text>
  );
}
