// 工作人员账号: the staff of the administrator's archive (all 12 for the city administrator), searchable by username
// or name, each with its role, archive and state; a tap opens it, 新建账号 opens an empty form.
import { Input, Text, View } from '@tarojs/components';
import { STAFF_ROLE_LABELS } from '@zz/shared/identity/staff-roles';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { DataState } from '../../../components/DataState';
import { Tag } from '../../../components/Tag';
import { useQuery } from '../../../graphql/use-query';
import { go } from '../../../lib/navigation';
import { StaffAccountListDocument, type StaffAccountRowFragment } from '../graphql';
import { staffRoutes } from '../routes';
import { useStaffRefresh } from '../use-staff-refresh';
import '../staff.css';
import './accounts.css';

export function StaffAccountList({ cityWide }: { cityWide: boolean }) {
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const query = useQuery(StaffAccountListDocument, { search });
  useStaffRefresh(query.refetch);

  return (
    <View className="staff-accounts" data-testid="staff-accounts">
      <Text className="staff-hint">
        {cityWide ? '可管理全部档案馆的工作人员。' : '可管理本馆的馆员和检票员。'}新账号使用一次性密码，首次登录须修改。
      </Text>
      <View className="staff-accounts__search">
        <Input
          className="zz-input staff-accounts__query"
          value={typed}
          placeholder="用户名或姓名"
          maxlength={32}
          confirmType="search"
          onInput={(event) => setTyped(event.detail.value)}
          onConfirm={() => setSearch(typed.trim() || null)}
        />
        <Button size="sm" variant="secondary" onClick={() => setSearch(typed.trim() || null)}>
          搜索
        </Button>
      </View>
      <Button block className="staff-accounts__create" onClick={() => go(staffRoutes.accountEdit())}>
        新建账号
      </Button>
      <DataState
        state={query.state}
        onRetry={query.refetch}
        isEmpty={(data) => data.staffAccounts.length === 0}
        emptyText={search ? '没有符合条件的账号' : '还没有工作人员账号'}
      >
        {(data) => (
          <View className="staff-accounts__list">
            {data.staffAccounts.map((account) => (
              <AccountRow key={account.id} account={account} showBranch={cityWide} />
            ))}
          </View>
        )}
      </DataState>
    </View>
  );
}

function AccountRow({ account, showBranch }: { account: StaffAccountRowFragment; showBranch: boolean }) {
  return (
    <View
      className="staff-account-row"
      data-testid="staff-account-row"
      hoverClass="staff-tile--pressed"
      onClick={() => go(staffRoutes.accountEdit(account.id))}
    >
      <View className="staff-account-row__head">
        <Text className="staff-account-row__name">{account.displayName}</Text>
        <Tag tone={account.role === 'CHECKER' ? 'muted' : 'primary'}>{STAFF_ROLE_LABELS[account.role]}</Tag>
        {account.disabled ? <Tag tone="warning">已停用</Tag> : null}
        {account.mustChangePassword ? <Tag tone="accent">待改密码</Tag> : null}
      </View>
      <Text className="staff-account-row__meta">
        {account.username}
        {showBranch && account.branch ? ` · ${account.branch.shortName}` : ''}
      </Text>
    </View>
  );
}
