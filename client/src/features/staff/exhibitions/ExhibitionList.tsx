// 展览管理: every exhibition in scope, drafts included, with entries to edit it and to manage its slots.

import { Text, View } from '@tarojs/components';
import { EXHIBITION_MODE_LABELS, EXHIBITION_PHASE_LABELS } from '@zz/shared/visits/statuses';
import { Button } from '../../../components/Button';
import { DataState } from '../../../components/DataState';
import { Tag } from '../../../components/Tag';
import { useQuery } from '../../../graphql/use-query';
import { formatDateRange } from '../../../lib/format';
import { go } from '../../../lib/navigation';
import { PHASE_TONES } from '../../exhibitions/tones';
import { staffRoutes } from '../routes';
import { useStaffRefresh } from '../use-staff-refresh';
import '../staff.css';
import './exhibitions.css';
import { StaffExhibitionsDocument } from '../graphql';

export function ExhibitionList({ showBranch }: { showBranch: boolean }) {
  const query = useQuery(StaffExhibitionsDocument, {});
  useStaffRefresh(query.refetch);
  const create = (
    <Button block onClick={() => go(staffRoutes.exhibitionEdit())} className="staff-exhibitions__create">
      ＋ 新建展览
    </Button>
  );
  return (
    <View className="staff-exhibitions" data-testid="staff-exhibitions">
      <DataState
        state={query.state}
        onRetry={query.refetch}
        isEmpty={(data) => data.staffExhibitions.length === 0}
        emptyText="还没有展览"
        emptyAction={create}
      >
        {(data) => (
          <>
            {create}
            {data.staffExhibitions.map((exhibition) => (
              <View key={exhibition.id} className="zz-card staff-card" data-testid="staff-exhibition">
                <Text className="staff-card__title">{exhibition.title}</Text>
                <View className="staff-card__tags">
                  {exhibition.published ? <Tag tone="success">已发布</Tag> : <Tag tone="warning">草稿</Tag>}
                  <Tag tone={PHASE_TONES[exhibition.phase]}>{EXHIBITION_PHASE_LABELS[exhibition.phase]}</Tag>
                  <Tag tone="muted">{EXHIBITION_MODE_LABELS[exhibition.mode]}</Tag>
                  {exhibition.featured ? <Tag tone="accent">推荐</Tag> : null}
                  {showBranch ? <Tag tone="muted">{exhibition.branch.shortName}</Tag> : null}
                </View>
                <Text className="staff-card__meta">{formatDateRange(exhibition.opensOn, exhibition.closesOn)}</Text>
                <View className="staff-card__actions">
                  {exhibition.mode === 'ONSITE' ? (
                    <Button variant="ghost" size="sm" onClick={() => go(staffRoutes.slots(exhibition.id))}>
                      场次
                    </Button>
                  ) : null}
                  <Button
                    variant="secondary"
                    size="sm"
                    onClick={() => go(staffRoutes.exhibitionEdit(exhibition.id))}
                    className="staff-exhibition__edit"
                  >
                    编辑
                  </Button>
                </View>
              </View>
            ))}
          </>
        )}
      </DataState>
    </View>
  );
}
