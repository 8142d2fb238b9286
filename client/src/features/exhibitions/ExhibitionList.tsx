// The 展览 tab: physical exhibitions by phase (当前 / 即将 / 往期) and the online halls (线上展览).
import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { PagedList } from '../../components/PagedList';
import { Tabs } from '../../components/Tabs';
import {
  ExhibitionsDocument,
  type ExhibitionsQuery,
  type ExhibitionsQueryVariables,
} from '../../graphql/generated/operations';
import { useConnection } from '../../graphql/use-connection';
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

function variablesFor(key: ListKey): ExhibitionsQueryVariables {
  // The phase tabs list what can be visited in person; every online hall, whatever its phase, has its own tab.
  return key === 'ONLINE' ? { mode: 'ONLINE', first: PAGE_SIZE } : { phase: key, mode: 'ONSITE', first: PAGE_SIZE };
}

const selectConnection = (data: ExhibitionsQuery) => data.exhibitions;

export function ExhibitionList() {
  const [tab, setTab] = useState<ListKey>('CURRENT');
  const list = useConnection(ExhibitionsDocument, variablesFor(tab), selectConnection);

  usePullDownRefresh(() => {
    void list.refetch().finally(() => Taro.stopPullDownRefresh());
  });

  return (
    <View className="exhibition-list">
      <Tabs items={TABS} value={tab} onChange={setTab} className="exhibition-list__tabs" />
      <PagedList
        list={list}
        renderItem={(exhibition) => <ExhibitionCard key={exhibition.id} exhibition={exhibition} />}
        emptyText={EMPTY_TEXT[tab]}
        className="exhibition-list__items"
      />
    </View>
  );
}
