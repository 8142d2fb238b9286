// The 查档 tab: services and materials, the notice about online appointments, and all 12 archives.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { DataState } from '../../components/DataState';
import { Notice } from '../../components/Notice';
import { Section } from '../../components/Section';
import { Tag } from '../../components/Tag';
import { BranchesDocument, type BranchesQuery } from '../../graphql/generated/operations';
import { useQuery } from '../../graphql/use-query';
import { LOOKUP_SERVICES } from './services';
import './lookup.css';

type Branch = BranchesQuery['branches'][number];

export function LookupServices() {
  return (
    <View className="lookup">
      <Notice tone="accent" title="线上预约即将开放" className="lookup__appointment-notice">
        <Text>
          查档线上预约正在建设中。目前请携带有效身份证件，在开放时间前往下列任一档案馆办理，或先致电咨询馆藏情况。
        </Text>
      </Notice>

      <Section title="查档服务" className="lookup__services">
        {LOOKUP_SERVICES.map((service) => (
          <View key={service.key} className={`zz-card lookup-service lookup-service--${service.key}`}>
            <Text className="lookup-service__name">{service.name}</Text>
            <Text className="lookup-service__description">{service.description}</Text>
            <View className="lookup-service__materials">
              <Text className="lookup-service__materials-label">所需材料</Text>
              <Text className="lookup-service__materials-text">{service.materials}</Text>
            </View>
          </View>
        ))}
      </Section>

      <Section title="各档案馆" className="lookup__branches">
        <BranchList />
      </Section>
    </View>
  );
}

function BranchList() {
  const query = useQuery(BranchesDocument, {});
  return (
    <DataState
      state={query.state}
      onRetry={query.refetch}
      isEmpty={(data) => data.branches.length === 0}
      emptyText="暂无档案馆信息"
    >
      {(data) => (
        <View className="branch-list">
          {data.branches.map((branch) => (
            <BranchItem key={branch.id} branch={branch} />
          ))}
        </View>
      )}
    </DataState>
  );
}

function BranchItem({ branch }: { branch: Branch }) {
  const phone = branch.phone;
  return (
    <View className="zz-card branch-item" data-testid="branch-item" data-code={branch.code}>
      <View className="branch-item__head">
        <Text className="branch-item__name">{branch.name}</Text>
        {branch.kind === 'CITY' ? <Tag tone="accent">市馆</Tag> : null}
      </View>
      <Text className="branch-item__line">地址：{branch.address ?? '请致电咨询'}</Text>
      {branch.openingHours ? <Text className="branch-item__line">开放时间：{branch.openingHours}</Text> : null}
      {phone ? (
        <View
          className="branch-item__phone"
          hoverClass="branch-item__phone--pressed"
          onClick={() => void Taro.makePhoneCall({ phoneNumber: phone })}
        >
          <Text>电话：{phone}</Text>
          <Text className="branch-item__call">拨打</Text>
        </View>
      ) : (
        <Text className="branch-item__line zz-muted">电话：暂未公布</Text>
      )}
    </View>
  );
}
