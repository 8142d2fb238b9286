// 场次管理: one exhibition's slots of a chosen day with their places, and the actions on them.
import { Picker, Text, View } from '@tarojs/components';
import { addDays, weekdayLabel } from '@zz/shared/time/business-time';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { Cell, CellGroup } from '../../../components/Cell';
import { DataState, EmptyState } from '../../../components/DataState';
import { Notice } from '../../../components/Notice';
import { Tag } from '../../../components/Tag';
import { useQuery } from '../../../graphql/use-query';
import { todayDate } from '../../../lib/format';
import { go } from '../../../lib/navigation';
import { slotTimeRange } from '../format';
import {
  StaffDaySlotsDocument,
  type StaffDaySlotsQuery,
  StaffExhibitionChoicesDocument,
  type StaffSlotFieldsFragment,
} from '../graphql';
import { staffRoutes } from '../routes';
import { Figures } from '../ui/Stats';
import { useStaffRefresh } from '../use-staff-refresh';
import { CapacityDialog, CloseDayDialog, CloseSlotDialog } from './SlotDialogs';
import '../staff.css';
import './slots.css';

export function SlotManager(props: { exhibitionId?: string; date?: string }) {
  const [exhibitionId, setExhibitionId] = useState(props.exhibitionId);
  if (!exhibitionId) return <ExhibitionChooser onChoose={setExhibitionId} />;
  return <DaySlots exhibitionId={exhibitionId} initialDate={props.date} />;
}

function ExhibitionChooser({ onChoose }: { onChoose: (id: string) => void }) {
  const query = useQuery(StaffExhibitionChoicesDocument, {});
  return (
    <DataState
      state={query.state}
      onRetry={query.refetch}
      isEmpty={(data) => data.staffExhibitions.every((e) => e.mode !== 'ONSITE')}
      emptyText="没有可管理场次的实体展览"
    >
      {(data) => (
        <View data-testid="slots-chooser">
          <Text className="staff-hint">选择要管理场次的展览：</Text>
          <CellGroup>
            {data.staffExhibitions
              .filter((e) => e.mode === 'ONSITE')
              .map((e) => (
                <Cell key={e.id} label={e.title} onClick={() => onChoose(e.id)} className="slots-chooser__item" />
              ))}
          </CellGroup>
        </View>
      )}
    </DataState>
  );
}

type Action =
  | { kind: 'capacity'; slot: StaffSlotFieldsFragment }
  | { kind: 'close'; slot: StaffSlotFieldsFragment }
  | { kind: 'closeDay' };

function DaySlots({ exhibitionId, initialDate }: { exhibitionId: string; initialDate?: string }) {
  const today = todayDate();
  const [date, setDate] = useState(initialDate ?? today);
  const [action, setAction] = useState<Action | null>(null);
  const query = useQuery(StaffDaySlotsDocument, { exhibitionId, date });
  useStaffRefresh(query.refetch);
  const done = () => {
    setAction(null);
    void query.refetch();
  };

  return (
    <View className="slots" data-testid="slots">
      <View className="staff-stepbar">
        <View className="staff-stepbar__step" onClick={() => setDate(addDays(date, -1))} data-testid="slots-prev">
          <Text>‹</Text>
        </View>
        <Picker mode="date" value={date} onChange={(event) => setDate(String(event.detail.value))}>
          <View className="slots__date">
            <Text className="slots__date-text" data-testid="slots-date">
              {date} {weekdayLabel(date)}
            </Text>
            {date === today ? <Tag tone="success">今天</Tag> : null}
          </View>
        </Picker>
        <View className="staff-stepbar__step" onClick={() => setDate(addDays(date, 1))} data-testid="slots-next">
          <Text>›</Text>
        </View>
      </View>
      {date !== today ? (
        <Text className="staff-stepbar__back" onClick={() => setDate(today)}>
          回到今天
        </Text>
      ) : null}

      <DataState state={query.state} onRetry={query.refetch}>
        {(data) =>
          data.exhibition ? (
            <Day exhibition={data.exhibition} date={date} onAction={setAction} />
          ) : (
            <EmptyState text="展览不存在，可能已被删除" />
          )
        }
      </DataState>

      {action?.kind === 'capacity' ? (
        <CapacityDialog slot={action.slot} onDone={done} onCancel={() => setAction(null)} />
      ) : null}
      {action?.kind === 'close' ? (
        <CloseSlotDialog slot={action.slot} onDone={done} onCancel={() => setAction(null)} />
      ) : null}
      {action?.kind === 'closeDay' && query.state.status === 'success' ? (
        <CloseDayDialog
          exhibitionId={exhibitionId}
          date={date}
          slots={query.state.data.exhibition?.slots ?? []}
          onDone={done}
          onCancel={() => setAction(null)}
        />
      ) : null}
    </View>
  );
}

function Day({
  exhibition,
  date,
  onAction,
}: {
  exhibition: NonNullable<StaffDaySlotsQuery['exhibition']>;
  date: string;
  onAction: (action: Action) => void;
}) {
  const day = exhibition.calendar[0];
  const anyOpen = exhibition.slots.some((s) => s.status === 'OPEN');
  return (
    <View>
      <Text className="slots__title">{exhibition.title}</Text>
      {day?.availability === 'CLOSED' ? (
        <Notice tone="warning" title="本日不开放">
          <Text>
            {day.closedReason
              ? `已设为闭馆：${day.closedReason}`
              : exhibition.slots.length > 0
                ? '本日场次均已关闭'
                : '每周闭馆日'}
          </Text>
        </Notice>
      ) : null}
      {exhibition.slots.length === 0 ? (
        <EmptyState
          text="该日没有场次"
          action={
            <Button variant="secondary" size="sm" onClick={() => go(staffRoutes.exhibitionEdit(exhibition.id))}>
              设置每周场次
            </Button>
          }
        />
      ) : (
        exhibition.slots.map((slot) => <SlotCard key={slot.id} slot={slot} onAction={onAction} />)
      )}
      {anyOpen ? (
        <Button block variant="danger" className="slots__close-day" onClick={() => onAction({ kind: 'closeDay' })}>
          {`关闭 ${date.slice(5)} 全天`}
        </Button>
      ) : null}
    </View>
  );
}

function SlotCard({ slot, onAction }: { slot: StaffSlotFieldsFragment; onAction: (action: Action) => void }) {
  const closed = slot.status === 'CLOSED';
  return (
    <View className="zz-card staff-card slot-card" data-testid="slot-card">
      <View className="staff-card__head">
        <Text className="slot-card__time">{slotTimeRange(slot)}</Text>
        {closed ? <Tag tone="accent">已关闭</Tag> : <Tag tone="success">开放</Tag>}
      </View>
      {closed && slot.closedReason ? <Text className="staff-card__meta">关闭原因：{slot.closedReason}</Text> : null}
      <Figures
        items={[
          { label: '容量', value: slot.capacity },
          { label: '已约', value: slot.booked },
          { label: '线上余量', value: slot.remaining, tone: slot.remaining > 0 ? 'success' : 'accent' },
        ]}
      />
      <Text className="slot-card__detail">
        现场 {slot.walkinUsed}/{slot.walkinQuota} · 团体 {slot.groupBooked}/{slot.groupQuota}
        {slot.offerHeld > 0 ? ` · 候补保留 ${slot.offerHeld}` : ''}
      </Text>
      <View className="staff-card__actions">
        <Button variant="ghost" size="sm" onClick={() => go(staffRoutes.roster(slot.id))}>
          名单
        </Button>
        {closed ? null : (
          <>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => onAction({ kind: 'capacity', slot })}
              className="slot-card__capacity"
            >
              调整名额
            </Button>
            <Button
              variant="danger"
              size="sm"
              onClick={() => onAction({ kind: 'close', slot })}
              className="slot-card__close"
            >
              关闭场次
            </Button>
          </>
        )}
      </View>
    </View>
  );
}
