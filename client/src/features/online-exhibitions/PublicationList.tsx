// 编研成果: the archive's compiled publications, newest year first, each with where a reader can read or get it.
import { Image, Text, View } from '@tarojs/components';
import { DataState } from '../../components/DataState';
import { PublicationsDocument } from '../../graphql/generated/online/operations';
import { useQuery } from '../../graphql/use-query';
import { go, routes } from '../../lib/navigation';
import './online.css';
import { imageAlt } from '../../components/a11y';

export function PublicationList() {
  const query = useQuery(PublicationsDocument, {});
  return (
    <View className="publications">
      <View className="online-list__intro">
        <Text className="online-list__title">编研成果</Text>
        <Text className="online-list__hint">档案馆编纂出版的史料汇编与专题图书，欢迎到馆查阅。</Text>
      </View>
      <DataState
        state={query.state}
        onRetry={query.refetch}
        isEmpty={(data) => data.publications.length === 0}
        emptyText="编研成果正在整理中，敬请期待"
      >
        {(data) => (
          <View className="publications__items">
            {data.publications.map((p) => (
              <View key={p.id} className="publication" data-testid="publication" data-id={p.id}>
                <View className="publication__top">
                  {p.cover ? (
                    <Image
                      className="publication__cover"
                      src={p.cover.thumbUrl}
                      mode="aspectFill"
                      lazyLoad
                      {...imageAlt('')}
                    />
                  ) : (
                    <View className="publication__cover publication__cover--blank">
                      <Text>{p.title.replace(/[《》]/g, '').slice(0, 4)}</Text>
                    </View>
                  )}
                  <View className="publication__main">
                    <Text className="publication__title">{p.title}</Text>
                    <Text className="publication__meta">
                      {p.year} 年{p.branch ? ` · ${p.branch.shortName}` : ''}
                    </Text>
                  </View>
                </View>
                <Text className="publication__abstract" userSelect>
                  {p.abstract}
                </Text>
                <View className="publication__obtain">
                  <Text className="publication__obtain-label">阅读与获取</Text>
                  <Text className="publication__obtain-text">{p.obtain}</Text>
                </View>
                {p.article ? (
                  <View
                    className="publication__article"
                    hoverClass="online-card--pressed"
                    onClick={() => p.article && go(routes.article(p.article.id))}
                  >
                    <Text>相关文章：{p.article.title} ›</Text>
                  </View>
                ) : null}
              </View>
            ))}
          </View>
        )}
      </DataState>
    </View>
  );
}
