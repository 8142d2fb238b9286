// The staff home: who is signed in, the tools this role may use, today at a glance (managers) or today's slots
// (checkers), and sign-out.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { administersStaff } from '@zz/shared/identity/staff-accounts';
import { Button } from '../../components/Button';
import { Section } from '../../components/Section';
import type { ViewerFieldsFragment } from '../../graphql/generated/operations';
import { cx } from '../../lib/cx';
import { go } from '../../lib/navigation';
import { AccountCard } from '../session/AccountCard';
import { canEditVenues, canReadAuditLog, isManager } from './access';
import { DashboardToday } from './dashboard/DashboardToday';
import { staffRoutes } from './routes';
import { TodaySlots } from './TodaySlots';
import './staff.css';

export function StaffDashboard({
  account,
  onSignOut,
}: {
  account: ViewerFieldsFragment;
  onSignOut: () => Promise<void>;
}) {
  const manager = isManager(account.role);

  async function confirmSignOut() {
    const { confirm } = await Taro.showModal({ title: '退出登录', content: '确定要退出工作人员账号吗？' });
    if (confirm) await onSignOut();
  }

  return (
    <View className="staff-dashboard" data-testid="staff-dashboard">
      <AccountCard account={account} />
      {account.branch ? (
        <Text className="staff-dashboard__branch" data-testid="staff-branch">
          {account.role === 'ADMIN' ? `${account.branch.name} · 可管理全部档案馆` : account.branch.name}
        </Text>
      ) : null}
      <View className="staff-tiles" data-testid="staff-tools">
        <Tile primary label="扫码核验" hint="电子票 · 证件号" onClick={() => go(staffRoutes.scan())} name="scan" />
        {manager ? (
          <>
            <Tile label="统计" hint="预约与到馆" onClick={() => go(staffRoutes.stats())} name="stats" />
            <Tile label="场次管理" hint="名额 · 关闭 · 闭馆" onClick={() => go(staffRoutes.slots())} name="slots" />
            <Tile
              label="展览管理"
              hint="信息 · 规则 · 场次"
              onClick={() => go(staffRoutes.exhibitions())}
              name="exhibitions"
            />
            <Tile label="团体审核" hint="学校与单位" onClick={() => go(staffRoutes.groups())} name="groups" />
            <Tile
              wide
              label="查档受理"
              hint="受理 · 转馆 · 出证"
              onClick={() => go(staffRoutes.lookupQueue())}
              name="lookups"
            />
            <Tile
              label="查档设置"
              hint="档案类型 · 办理时限"
              onClick={() => go(staffRoutes.lookupSettings())}
              name="lookup-settings"
            />
            <Tile
              label="工作日历"
              hint="节假日 · 调休"
              onClick={() => go(staffRoutes.workingCalendar())}
              name="working-calendar"
            />
            <Tile
              wide
              label="内容发布"
              hint="文章 · 网上展厅 · 定时发布"
              onClick={() => go(staffRoutes.content())}
              name="content"
            />
            <Tile
              label="未送达消息"
              hint="微信未送达 · 电话联系"
              onClick={() => go(staffRoutes.messages())}
              name="messages"
            />
            <Tile label="数据导出" hint="CSV · 默认脱敏" onClick={() => go(staffRoutes.exports())} name="exports" />
          </>
        ) : null}
        {canEditVenues(account.role) ? (
          <Tile
            wide
            label="场馆信息"
            hint="地址 · 电话 · 开放时间 · 到馆指引"
            onClick={() => go(staffRoutes.venue())}
            name="venues"
          />
        ) : null}
        {canReadAuditLog(account.role) ? (
          <Tile
            wide
            label="审计日志"
            hint={account.role === 'ADMIN' ? '全部档案馆 · 谁查看了谁' : '本馆 · 谁查看了谁'}
            onClick={() => go(staffRoutes.audit())}
            name="audit"
          />
        ) : null}
        {administersStaff(account.role) ? (
          <Tile
            wide
            label="工作人员账号"
            hint={account.role === 'ADMIN' ? '全部档案馆 · 新建 · 停用 · 重置密码' : '本馆馆员与检票员'}
            onClick={() => go(staffRoutes.accounts())}
            name="accounts"
          />
        ) : null}
      </View>
      {/* Managers get the day's counters with the slots; a checker (door only) the slots alone. */}
      {manager ? (
        <Section title="今日概况">
          <Text className="staff-hint">点按场次查看名单、办理现场登记；点按数字打开对应工作。</Text>
          <DashboardToday cityAdmin={account.role === 'ADMIN'} />
        </Section>
      ) : (
        <Section title="今日场次">
          <Text className="staff-hint">点按场次查看名单、办理现场登记。</Text>
          <TodaySlots showBranch={false} />
        </Section>
      )}
      <Button
        block
        variant="secondary"
        className="staff-dashboard__password"
        onClick={() => go(staffRoutes.password())}
      >
        修改密码
      </Button>
      <Button block variant="danger" className="staff-dashboard__sign-out" onClick={() => void confirmSignOut()}>
        退出登录
      </Button>
    </View>
  );
}

function Tile(props: {
  label: string;
  hint: string;
  onClick: () => void;
  name: string;
  primary?: boolean;
  wide?: boolean;
}) {
  return (
    <View
      className={cx(
        'staff-tile',
        props.primary && 'staff-tile--primary',
        props.wide && 'staff-tile--wide',
        `staff-tool--${props.name}`,
      )}
      hoverClass="staff-tile--pressed"
      onClick={props.onClick}
    >
      <Text className="staff-tile__label">{props.label}</Text>
      <Text className="staff-tile__hint">{props.hint}</Text>
    </View>
  );
}
