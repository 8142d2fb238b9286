// The signed-in account at the top of 我的.
import { Text, View } from '@tarojs/components';
import { STAFF_ROLE_LABELS } from '@zz/shared/identity/staff-roles';
import { Tag } from '../../components/Tag';
import type { ViewerFieldsFragment } from '../../graphql/generated/operations';
import './session.css';

export function AccountCard({ account }: { account: ViewerFieldsFragment }) {
  return (
    <View className="account-card" data-testid="account-card">
      <View className="account-card__avatar">
        <Text className="account-card__avatar-text">{account.displayName.slice(0, 1)}</Text>
      </View>
      <View className="account-card__info">
        <Text className="account-card__name">{account.displayName}</Text>
        <View className="account-card__tags">
          {account.kind === 'STAFF' && account.role ? (
            <Tag tone="accent">{STAFF_ROLE_LABELS[account.role]}</Tag>
          ) : (
            <Tag>访客</Tag>
          )}
          {account.branch ? <Tag tone="muted">{account.branch.shortName}</Tag> : null}
          {account.phone ? <Text className="account-card__phone">{account.phone}</Text> : null}
        </View>
      </View>
    </View>
  );
}
