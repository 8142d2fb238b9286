// 我的查档: the citizen's requests, newest first, each with its status chip, receipt number and archive, and what
// is due next; a tap opens the request. Empty, it offers 在线申请.
import { Text, View } from '@tarojs/components';
import { isOpenLookupStatus, LOOKUP_STATUS_LABELS } from '@zz/shared/lookup/status-machine';
import { LOOKUP_RECORD_TYPE_LABELS } from '@zz/shared/lookup/vocabularies';
import { Button } from '../../components/Button';
import { PagedList } from '../../components/PagedList';
import { Tag } from '../../components/Tag';
import {
  type LookupListItemFragment,
  MyLookupsDocument,
  type MyLookupsQuery,
} from '../../graphql/generated/lookup/operations';
import { useConnection } from '../../graphql/use-connection';
import { formatDate, formatDateTime } from '../../lib/format';
import { go, routes } from '../../lib/navigation';
import { useOnReturn } from '../../lib/use-on-return';
import { LOOKUP_STATUS_TONES } from '../lookup/tones';
import { SignInGate } from '../session/SignInGate';
import './lookup-requests.css';

const PAGE_SIZE = 10;
const selectRequests = (data: MyLookupsQuery) => data.myLookupRequests;

export function MyLookups() {
  return <SignInGate reason="登录后查看您的查档申请与办理进度。">{() => <MyLookupsBody />}</SignInGate>;
}

function MyLookupsBody() {
  const list = useConnection(MyLookupsDocument, { first: PAGE_SIZE }, selectRequests);
  useOnReturn(() => void list.refetch());
  return (
    <View className="my-lookups">
      <Button block onClick={() => go(routes.lookupApply())} className="my-lookups__apply">
        在线申请查档
      </Button>
      <PagedList
        list={list}
        renderItem={(request) => <LookupItem key={request.id} request={request} />}
        emptyText="您还没有查档申请"
        className="my-lookups__items"
      />
    </View>
  );
}

function LookupItem({ request: r }: { request: LookupListItemFragment }) {
  return (
    <View
      className="zz-card lookup-item"
      hoverClass="zz-card--pressed"
      data-testid="lookup-item"
      data-id={r.id}
      data-status={r.status}
      onClick={() => go(routes.lookupRequest(r.id))}
    >
      <View className="lookup-item__head">
        <Text className="lookup-item__type">{LOOKUP_RECORD_TYPE_LABELS[r.recordType]}</Text>
        <Tag tone={LOOKUP_STATUS_TONES[r.status]} className="lookup-item__status">
          {LOOKUP_STATUS_LABELS[r.status]}
        </Tag>
      </View>
      <Text className="lookup-item__receipt">{r.receiptNumber}</Text>
      <Text className="lookup-item__meta">{`${r.receivingBranch.shortName} · 提交于 ${formatDateTime(r.submittedAt)}`}</Text>
      {isOpenLookupStatus(r.status) && r.dueOn ? (
        <Text className="lookup-item__due">{`下一步预计 ${formatDate(r.dueOn)} 前办理`}</Text>
      ) : null}
    </View>
  );
}
