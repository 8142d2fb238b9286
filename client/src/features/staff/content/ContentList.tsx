// 内容发布: the articles and online exhibitions of the archives in scope (all for administrators), in every status,
// newest change first; filtered by status, searched by title (and text, for articles); 写文章 / 新建网上展厅.
import { Text, View } from '@tarojs/components';
import { ARTICLE_CATEGORY_LABELS } from '@zz/shared/content/categories';
import { CONTENT_STATUS_LABELS, CONTENT_STATUSES, type ContentStatus } from '@zz/shared/content/statuses';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { DataState } from '../../../components/DataState';
import { TextField } from '../../../components/form/TextField';
import { PagedList } from '../../../components/PagedList';
import { type TabItem, Tabs } from '../../../components/Tabs';
import { Tag } from '../../../components/Tag';
import { useConnection } from '../../../graphql/use-connection';
import { useQuery } from '../../../graphql/use-query';
import { go } from '../../../lib/navigation';
import {
  type StudioArticleRowFragment,
  StudioArticlesDocument,
  type StudioOnlineExhibitionRowFragment,
  StudioOnlineExhibitionsDocument,
} from '../graphql';
import { staffRoutes } from '../routes';
import { Chips } from '../ui/Chips';
import { StatusTag, whenLine } from './StatusPanel';
import { useListRefresh } from './use-list-refresh';
import '../staff.css';
import './content.css';

type Tab = 'ARTICLES' | 'ONLINE';
const TABS: ReadonlyArray<TabItem<Tab>> = [
  { key: 'ARTICLES', label: '文章' },
  { key: 'ONLINE', label: '网上展厅' },
];
const STATUS_OPTIONS: ReadonlyArray<{ value: ContentStatus | 'ALL'; label: string }> = [
  { value: 'ALL', label: '全部' },
  ...CONTENT_STATUSES.map((value) => ({ value, label: CONTENT_STATUS_LABELS[value] })),
];
const PAGE_SIZE = 20;

export function ContentList({ initialTab }: { initialTab?: string }) {
  const [tab, setTab] = useState<Tab>(initialTab === 'ONLINE' ? 'ONLINE' : 'ARTICLES');
  const [status, setStatus] = useState<ContentStatus | 'ALL'>('ALL');
  const [typed, setTyped] = useState('');
  // Applied on 搜索, not on every keystroke.
  const [search, setSearch] = useState('');

  return (
    <View className="studio-list" data-testid="studio-content">
      <Tabs items={TABS} value={tab} onChange={setTab} className="studio-list__tabs" />
      <View className="studio-list__create">
        {tab === 'ARTICLES' ? (
          <Button block onClick={() => go(staffRoutes.articleEdit())} className="studio-list__new-article">
            写文章
          </Button>
        ) : (
          <Button block onClick={() => go(staffRoutes.onlineEdit())} className="studio-list__new-online">
            新建网上展厅
          </Button>
        )}
      </View>
      <Chips
        options={STATUS_OPTIONS}
        selected={[status]}
        onToggle={setStatus}
        className="studio-list__status"
        testId="studio-status-filter"
      />
      <View className="studio-list__search">
        <TextField
          value={typed}
          placeholder={tab === 'ARTICLES' ? '搜索标题或正文' : '搜索展厅名称'}
          maxlength={40}
          onChange={setTyped}
          className="studio-list__search-input"
        />
        <Button size="sm" onClick={() => setSearch(typed.trim())} className="studio-list__search-go">
          搜索
        </Button>
      </View>
      {tab === 'ARTICLES' ? (
        <ArticleRows status={status === 'ALL' ? null : status} search={search} />
      ) : (
        <OnlineRows status={status === 'ALL' ? null : status} search={search} />
      )}
    </View>
  );
}

interface RowsProps {
  status: ContentStatus | null;
  search: string;
}

function ArticleRows({ status, search }: RowsProps) {
  const list = useConnection(
    StudioArticlesDocument,
    { status, search: search || null, first: PAGE_SIZE },
    (data) => data.studioArticles,
  );
  useListRefresh(list.refetch);
  return (
    <PagedList
      list={list}
      className="studio-list__items"
      emptyText={search ? '没有找到相关文章' : '还没有文章，点「写文章」开始'}
      renderItem={(a) => <ArticleRow key={a.id} article={a} />}
    />
  );
}

function ArticleRow({ article: a }: { article: StudioArticleRowFragment }) {
  return (
    <View
      className="zz-card studio-row"
      hoverClass="studio-row--pressed"
      data-testid="studio-article-row"
      data-id={a.id}
      onClick={() => go(staffRoutes.articleEdit(a.id))}
    >
      <Text className="studio-row__title">{a.title}</Text>
      <View className="studio-row__tags">
        <StatusTag status={a.status} />
        <Tag tone="muted">{ARTICLE_CATEGORY_LABELS[a.category]}</Tag>
        {a.pinned ? <Tag tone="accent">置顶</Tag> : null}
        {a.featured ? <Tag tone="primary">精选</Tag> : null}
      </View>
      <Text className="studio-row__meta">
        {whenLine(a)}· {a.branch?.shortName ?? '市档案局'}
      </Text>
    </View>
  );
}

function OnlineRows({ status, search }: RowsProps) {
  const query = useQuery(StudioOnlineExhibitionsDocument, { status });
  useListRefresh(query.refetch);
  // A handful per archive: the list comes whole and is searched here.
  const matching = (rows: readonly StudioOnlineExhibitionRowFragment[]) =>
    search ? rows.filter((row) => row.title.includes(search)) : rows;
  return (
    <DataState
      state={query.state}
      onRetry={query.refetch}
      isEmpty={(data) => matching(data.studioOnlineExhibitions).length === 0}
      emptyText={search ? '没有找到相关展厅' : '还没有网上展厅，点「新建网上展厅」开始'}
    >
      {(data) => (
        <View className="studio-list__items">
          {matching(data.studioOnlineExhibitions).map((e) => (
            <View
              key={e.id}
              className="zz-card studio-row"
              hoverClass="studio-row--pressed"
              data-testid="studio-online-row"
              data-id={e.id}
              onClick={() => go(staffRoutes.onlineEdit(e.id))}
            >
              <Text className="studio-row__title">{e.title}</Text>
              <View className="studio-row__tags">
                <StatusTag status={e.status} />
                <Tag tone="muted">{e.exhibitCount} 件展品</Tag>
              </View>
              <Text className="studio-row__meta">
                {whenLine(e)}· {e.branch?.shortName ?? '市档案局'}
              </Text>
            </View>
          ))}
        </View>
      )}
    </DataState>
  );
}
