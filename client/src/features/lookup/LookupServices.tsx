// The 查档 tab: the way into an online request (在线申请, 我的查档 and the status of the latest request), services
// and materials, and all 12 archives. It stays light: the form, the request pages and the QR code are in the
// lookup subpackage, which app.config.ts preloads from here.
import { Text, View } from '@tarojs/components';
import { LOOKUP_STATUS_LABELS } from '@zz/shared/lookup/status-machine';
import { LOOKUP_RECORD_TYPE_LABELS } from '@zz/shared/lookup/vocabularies';
import { Button } from '../../components/Button';
import { DataState } from '../../components/DataState';
import { Section } from '../../components/Section';
import { Tag } from '../../components/Tag';
import { BranchesDocument, type BranchesQuery, LatestLookupRequestDocument } from '../../graphql/generated/operations';
import { useQuery } from '../../graphql/use-query';
import { go, routes } from '../../lib/navigation';
import { useOnReturn } from '../../lib/use-on-return';
import { useViewer } from '../session/use-viewer';
import { VenueFacts } from '../venues/VenueFacts';
import { LOOKUP_SERVICES } from './services';
import { LOOKUP_STATUS_TONES } from './tones';
import './lookup.css';

type Branch = BranchesQuery['branches'][number];

export function LookupServices() {
  return (
    <View className="lookup">
      <View className="zz-card lookup-apply" data-testid="lookup-apply">
        <Text className="lookup-apply__title">在线查档申请</Text>
        <Text className="lookup-apply__text">
          选择档案类型和与当事人的关系，按提示填写线索、上传材料照片，可在全市12家档案馆中任选一家受理，随时查看办理进度。
        </Text>
        <Button block onClick={() => go(routes.lookupApply())} className="lookup-apply__start">
          在线申请
        </Button>
        <Button block variant="ghost" onClick={() => go(routes.myLookups())} className="lookup-apply__mine">
          我的查档
        </Button>
        <LatestRequest />
      </View>

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

/** The status of the signed-in citizen's latest request, one tap from its page; nothing for anyone else. */
function LatestRequest() {
  const viewer = useViewer();
  const citizen = viewer.state.status === 'success' && viewer.state.data.viewer?.kind === 'CITIZEN';
  const latest = useQuery(LatestLookupRequestDocument, {}, { skip: !citizen });
  // Back from filing or following a request, its status may have moved.
  useOnReturn(() => {
    if (citizen) void latest.refetch();
  });
  if (latest.state.status !== 'success') return null;
  const request = latest.state.data.myLookupRequests.edges[0]?.node;
  if (!request) return null;
  return (
    <View
      className="lookup-latest"
      hoverClass="lookup-latest--pressed"
      data-testid="lookup-latest"
      onClick={() => go(routes.lookupRequest(request.id))}
    >
      <View className="lookup-latest__main">
        <Text className="lookup-latest__label">{`最近申请 · ${LOOKUP_RECORD_TYPE_LABELS[request.recordType]}`}</Text>
        <Text className="lookup-latest__receipt">{request.receiptNumber}</Text>
      </View>
      <Tag tone={LOOKUP_STATUS_TONES[request.status]}>{LOOKUP_STATUS_LABELS[request.status]}</Tag>
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
  return (
    <View className="zz-card branch-item" data-testid="branch-item" data-code={branch.code}>
      <View className="branch-item__head">
        <Text className="branch-item__name">{branch.name}</Text>
        {branch.kind === 'CITY' ? <Tag tone="accent">市馆</Tag> : null}
      </View>
      {branch.venueDetails ? (
        <VenueFacts venue={branch.venueDetails} name={branch.name} guide={false} />
      ) : (
        <Text className="branch-item__line zz-muted">地址、电话和开放时间待档案馆公布</Text>
      )}
    </View>
  );
}
