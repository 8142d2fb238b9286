// The 展览 tab: physical exhibitions by phase (当前 / 即将 / 往期) and the online halls (线上展览), each list
// filtered by archive with a row of chips (全部 and every archive that has exhibitions).
import { ScrollView, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { a11y } from '../../components/a11y';
import { PagedList } from '../../components/PagedList';
import { Tabs } from '../../components/Tabs';
import {
  ExhibitionArchivesDocument,
  ExhibitionsDocument,
  type ExhibitionsQuery,
  type ExhibitionsQueryVariables,
} from '../../graphql/generated/operations';
import { useConnection } from '../../graphql/use-connection';
import { useQuery } from '../../graphql/use-query';
import { cx } from '../../lib/cx';
import { ExhibitionCard } from './ExhibitionCard';

type ListKey = 'CURRENT' | 'UPCOMING' | 'PAST' | 'ONLINE';

const TABS: ReadonlyArray<{ key: ListKey; label: string }> = [
  { key: 'CURRENT', label: '当前' },
  { key: 'UPCOMING', label: '即将' },
  { key: 'PAST', label: '往期' },
  { key: 'ONLINE', label: '线上展览' },
];

const EMPTY_TEXT: Record<ListKey, string> = {
  CURRENT: '目前没有正在展出的展览',
  UPCOMING: '暂无即将开展的展览',
  PAST: '暂无往期展览',
  ONLINE: '暂无线上展览',
};

const PAGE_SIZE = 10;

function variablesFor(key: ListKey, branchId: string | null): ExhibitionsQueryVariables {
  const archive = branchId ? { branchId } : {};
  // The phase tabs list what can be visited in person; every online hall, whatever its phase, has its own tab.
  return key === 'ONLINE'
    ? { mode: 'ONLINE', first: PAGE_SIZE, ...archive }
    : { phase: key, mode: 'ONSITE', first: PAGE_SIZE, ...archive };
}

const selectConnection = (data: ExhibitionsQuery) => data.exhibitions;

export function ExhibitionList() {
  const [tab, setTab] = useState<ListKey>('CURRENT');
  const [branchId, setBranchId] = useState<string | null>(null);
  const list = useConnection(ExhibitionsDocument, variablesFor(tab, branchId), selectConnection);

  usePullDownRefresh(() => {
    void list.refetch().finally(() => Taro.stopPullDownRefresh());
  });

  return (
    <View className="exhibition-list">
      <Tabs items={TABS} value={tab} onChange={setTab} className="exhibition-list__tabs" />
      <ArchiveChips value={branchId} onChange={setBranchId} />
      <PagedList
        list={list}
        renderItem={(exhibition) => <ExhibitionCard key={exhibition.id} exhibition={exhibition} />}
        emptyText={branchId ? `该馆${EMPTY_TEXT[tab]}` : EMPTY_TEXT[tab]}
        className="exhibition-list__items"
      />
    </View>
  );
}

/** 全部 and the archives that have exhibitions; while they load (or if they fail) the list is simply unfiltered. */
function ArchiveChips(props: { value: string | null; onChange: (branchId: string | null) => void }) {
  const archives = useQuery(ExhibitionArchivesDocument, {});
  const items = archives.state.status === 'success' ? archives.state.data.exhibitionArchives : [];
  if (items.length < 2) return null;
  const chips = [{ id: null, shortName: '全部' }, ...items];
  return (
    <ScrollView scrollX className="archive-chips" data-testid="archive-chips" {...a11y({ label: '按档案馆筛选' })}>
      {chips.map((chip) => (
        <View
          key={chip.id ?? 'all'}
          className={cx('archive-chip', chip.id === props.value && 'is-selected')}
          data-testid="archive-chip"
          data-branch-id={chip.id ?? ''}
          {...a11y({ role: 'button', selected: chip.id === props.value, onActivate: () => props.onChange(chip.id) })}
          onClick={() => props.onChange(chip.id)}
        >
          <Text>{chip.shortName}</Text>
        </View>
      ))}
    </ScrollView>
  );
}
