// 查档受理: the requests received or held by the staff member's archive (all 12 for administrators), due first,
// by state group; filtered by record type and filing date, searched by receipt number, overdue ones marked.
import { Text, View } from '@tarojs/components';
import { normalizeReceiptNumber } from '@zz/shared/lookup/numbers';
import { LOOKUP_STATUS_LABELS } from '@zz/shared/lookup/status-machine';
import {
  LOOKUP_QUEUE_TAB_LABELS,
  LOOKUP_QUEUE_TABS,
  LOOKUP_RECORD_TYPE_LABELS,
  LOOKUP_RECORD_TYPES,
  LOOKUP_RELATION_LABELS,
  type LookupQueueTab,
  type LookupRecordType,
} from '@zz/shared/lookup/vocabularies';
import { useRef, useState } from 'react';
import { Button } from '../../../components/Button';
import { DateField, PickerField } from '../../../components/form/PickerField';
import { SwitchField } from '../../../components/form/SwitchField';
import { TextField } from '../../../components/form/TextField';
import { PagedList } from '../../../components/PagedList';
import { Tag } from '../../../components/Tag';
import { useConnection } from '../../../graphql/use-connection';
import { cx } from '../../../lib/cx';
import { formatDate, formatShortDate } from '../../../lib/format';
import { go } from '../../../lib/navigation';
import { LOOKUP_STATUS_TONES } from '../../lookup/tones';
import { dateOf } from '../format';
import { type StaffLookupItemFragment, StaffLookupQueueDocument, type StaffLookupQueueQuery } from '../graphql';
import { staffRoutes } from '../routes';
import { Chips } from '../ui/Chips';
import { useStaffRefresh } from '../use-staff-refresh';
import '../staff.css';
import './lookup.css';

const PAGE_SIZE = 20;
const TAB_OPTIONS = LOOKUP_QUEUE_TABS.map((tab) => ({ value: tab, label: LOOKUP_QUEUE_TAB_LABELS[tab] }));
const TYPE_OPTIONS: ReadonlyArray<{ value: LookupRecordType | ''; label: string }> = [
  { value: '', label: '全部类型' },
  ...LOOKUP_RECORD_TYPES.map((type) => ({ value: type, label: LOOKUP_RECORD_TYPE_LABELS[type] })),
];

const EMPTY_PAGE = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

/** A refused filter (InputValidationError) lists nothing: the page is empty and says why. */
const selectQueue = (data: StaffLookupQueueQuery) =>
  data.lookupQueue.__typename === 'QueryLookupQueueSuccess' ? data.lookupQueue.data : EMPTY_PAGE;

function refusalOf(data: StaffLookupQueueQuery): string | null {
  const answer = data.lookupQueue;
  return answer.__typename === 'InputValidationError' ? (answer.fieldErrors[0]?.message ?? answer.message) : null;
}

export function LookupQueue() {
  const [tab, setTab] = useState<LookupQueueTab>('NEW');
  const [recordType, setRecordType] = useState<LookupRecordType | ''>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [showFilters, setShowFilters] = useState(false);
  const activeFilters = [recordType, from, to, overdueOnly].filter(Boolean).length;
  const [search, setSearch] = useState('');
  // The receipt number searched for: applied on 搜索, not on every keystroke.
  const [receipt, setReceipt] = useState('');
  const variables = {
    tab,
    recordType: recordType || null,
    submittedFrom: from || null,
    submittedTo: to || null,
    receiptNumber: receipt || null,
    overdueOnly: overdueOnly || null,
    first: PAGE_SIZE,
  };
  // The select of the first page also notes a refusal, which useConnection's list of items cannot carry.
  const refusal = useRef<string | null>(null);
  const list = useConnection(StaffLookupQueueDocument, variables, (data) => {
    refusal.current = refusalOf(data);
    return selectQueue(data);
  });
  useStaffRefresh(list.refetch);

  return (
    <View className="staff-lookup-queue" data-testid="staff-lookup-queue">
      {/* The archive's settings and the calendar decide what is due when; both are a tap away. */}
      <View className="staff-lookup-queue__links">
        <Text
          className="staff-lookup-queue__link staff-lookup-queue__link--settings"
          onClick={() => go(staffRoutes.lookupSettings())}
        >
          查档设置 ›
        </Text>
        <Text
          className="staff-lookup-queue__link staff-lookup-queue__link--calendar"
          onClick={() => go(staffRoutes.workingCalendar())}
        >
          工作日历 ›
        </Text>
      </View>
      <Chips
        options={TAB_OPTIONS}
        selected={[tab]}
        onToggle={(value) => setTab(value)}
        className="staff-lookup-queue__tabs"
        testId="staff-lookup-tabs"
      />
      <View className="zz-card staff-lookup-filters">
        <View className="staff-lookup-filters__search">
          <TextField
            label="受理号"
            value={search}
            placeholder="如 ZZDA-LH-20261124-0007"
            maxlength={40}
            onChange={setSearch}
            className="staff-lookup-filters__receipt"
          />
          <View className="staff-lookup-filters__buttons">
            <Button
              size="sm"
              onClick={() => setReceipt(normalizeReceiptNumber(search))}
              className="staff-lookup-filters__go"
            >
              搜索
            </Button>
            {receipt ? (
              <Button
                size="sm"
                variant="ghost"
                onClick={() => {
                  setSearch('');
                  setReceipt('');
                }}
              >
                清除
              </Button>
            ) : null}
          </View>
        </View>
        {/* The other filters fold away, so the list starts on the first screen. */}
        <Text
          className="staff-lookup-filters__toggle"
          onClick={() => setShowFilters((shown) => !shown)}
          data-testid="staff-lookup-filter-toggle"
        >
          {`${showFilters ? '收起筛选' : '更多筛选'}${activeFilters > 0 ? `（已选${activeFilters}项）` : ''}`}
        </Text>
        {showFilters ? (
          <View className="staff-lookup-filters__more">
            <PickerField
              label="档案类型"
              value={recordType}
              options={TYPE_OPTIONS}
              onChange={setRecordType}
              className="staff-lookup-filters__type"
            />
            <DateField label="提交日期从" value={from} onChange={setFrom} clearable placeholder="不限" />
            <DateField label="至" value={to} onChange={setTo} clearable placeholder="不限" start={from || undefined} />
            <SwitchField label="只看超期" checked={overdueOnly} onChange={setOverdueOnly} />
          </View>
        ) : null}
      </View>
      <PagedList
        list={list}
        renderItem={(item) => <QueueItem key={item.id} item={item} />}
        emptyText={refusal.current ?? (receipt ? `没有受理号为 ${receipt} 的申请` : '没有符合条件的申请')}
        className="staff-lookup-queue__items"
      />
    </View>
  );
}

function QueueItem({ item }: { item: StaffLookupItemFragment }) {
  return (
    <View
      className={cx('zz-card staff-card staff-lookup-item', item.overdue && 'staff-lookup-item--overdue')}
      hoverClass="zz-card--pressed"
      data-testid="staff-lookup-item"
      data-id={item.id}
      data-status={item.status}
      data-overdue={item.overdue ? 'true' : 'false'}
      onClick={() => go(staffRoutes.lookupRequest(item.id))}
    >
      <View className="staff-card__head">
        <Text className="staff-card__title staff-lookup-item__receipt">{item.receiptNumber}</Text>
        <View className="staff-card__tags">
          {item.overdue ? <Tag tone="accent">已超期</Tag> : null}
          <Tag tone={LOOKUP_STATUS_TONES[item.status]}>{LOOKUP_STATUS_LABELS[item.status]}</Tag>
        </View>
      </View>
      <Text className="staff-card__meta">
        {`${LOOKUP_RECORD_TYPE_LABELS[item.recordType]} · ${LOOKUP_RELATION_LABELS[item.relation]} · 当事人 ${item.subject.name}`}
      </Text>
      <Text className="staff-card__meta">
        {`受理 ${item.receivingBranch.shortName} → 保管 ${item.holdingBranch?.shortName ?? '待确定'}`}
      </Text>
      <Text className="staff-card__meta">
        {`提交 ${formatShortDate(dateOf(item.submittedAt))}${item.dueOn ? ` · 期限 ${formatDate(item.dueOn)}` : ''}`}
      </Text>
    </View>
  );
}
