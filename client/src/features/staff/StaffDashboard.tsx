// The staff home: who is signed in and the tools that exist so far. Check-in pages will be linked here.
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/Button';
import { Cell, CellGroup } from '../../components/Cell';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import type { ViewerFieldsFragment } from '../../graphql/generated/graphql';
import { AccountCard } from '../session/AccountCard';
import './staff.css';

export function StaffDashboard({ account, onSignOut }: { account: ViewerFieldsFragment; onSignOut: () => void }) {
  return (
    <View className="staff-dashboard" data-testid="staff-dashboard">
      <AccountCard account={account} />
      <Section title="工作台">
        <CellGroup className="staff-dashboard__tools">
          <Cell
            label="扫码核验入馆"
            hint="核验访客电子票，登记入馆"
            value={<Text className="zz-muted">即将上线</Text>}
          />
          <Cell label="今日预约" hint="按场次查看预约与到馆情况" value={<Text className="zz-muted">即将上线</Text>} />
          <Cell
            label="展览与场次管理"
            hint="设置开放日期、场次与名额"
            value={<Text className="zz-muted">即将上线</Text>}
          />
        </CellGroup>
        <Notice>
          <Text>以上功能正在开发中，上线后将出现在这里。</Text>
        </Notice>
      </Section>
      <Button block variant="danger" className="staff-dashboard__sign-out" onClick={onSignOut}>
        退出登录
      </Button>
    </View>
  );
}
