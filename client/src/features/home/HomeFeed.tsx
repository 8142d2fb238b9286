// The home page: the archive's banner, quick entries, featured exhibitions and the latest articles.
import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { DataState } from '../../components/DataState';
import { Section } from '../../components/Section';
import { HomeDocument } from '../../graphql/generated/operations';
import { useQuery } from '../../graphql/use-query';
import { go, goTab, routes } from '../../lib/navigation';
import { ArticleItem } from '../articles/ArticleItem';
import { ExhibitionCard } from '../exhibitions/ExhibitionCard';
import './home.css';

export function HomeFeed() {
  const query = useQuery(HomeDocument, {});
  usePullDownRefresh(() => {
    void query.refetch().finally(() => Taro.stopPullDownRefresh());
  });

  return (
    <View className="home">
      <HomeHero />
      <View className="home__body">
        <QuickEntries />
        <PromoEntries />
        <DataState state={query.state} onRetry={query.refetch}>
          {({ home, featuredArticles }) => (
            <>
              {featuredArticles.edges.length > 0 ? (
                <Section title="精选文章" onMore={() => go(routes.articles())} className="home__featured-articles">
                  {featuredArticles.edges.map(({ node }) => (
                    <ArticleItem key={node.id} article={node} />
                  ))}
                </Section>
              ) : null}
              <Section title="精选展览" onMore={() => goTab('exhibitions')} className="home__featured">
                {home.featuredExhibitions.length === 0 ? (
                  <Text className="home__none">暂无精选展览，敬请期待</Text>
                ) : (
                  home.featuredExhibitions.map((exhibition) => (
                    <ExhibitionCard key={exhibition.id} exhibition={exhibition} />
                  ))
                )}
              </Section>
              <Section title="最新资讯" onMore={() => go(routes.articles())} className="home__articles">
                {home.latestArticles.length === 0 ? (
                  <Text className="home__none">暂无资讯</Text>
                ) : (
                  home.latestArticles.map((article) => <ArticleItem key={article.id} article={article} />)
                )}
              </Section>
            </>
          )}
        </DataState>
      </View>
    </View>
  );
}

function HomeHero() {
  return (
    <View className="home-hero">
      <View className="home-hero__seal">
        <Text className="home-hero__seal-text">档</Text>
      </View>
      <View className="home-hero__words">
        <Text className="home-hero__title">漳州档案</Text>
        <Text className="home-hero__slogan">没有围墙的档案馆</Text>
      </View>
    </View>
  );
}

const ENTRIES = [
  { key: 'exhibitions', label: '看展览', hint: '展览与网上展厅', onClick: () => goTab('exhibitions') },
  { key: 'lookup', label: '查档案', hint: '查档服务与各馆地址', onClick: () => goTab('lookup') },
  { key: 'stories', label: '读故事', hint: '档案故事与馆务动态', onClick: () => go(routes.articles()) },
] as const;

function QuickEntries() {
  return (
    <View className="home-entries">
      {ENTRIES.map((entry) => (
        <View
          key={entry.key}
          className={`home-entries__item home-entries__item--${entry.key}`}
          hoverClass="home-entries__item--pressed"
          onClick={entry.onClick}
        >
          <Text className="home-entries__label">{entry.label}</Text>
          <Text className="home-entries__hint">{entry.hint}</Text>
        </View>
      ))}
    </View>
  );
}

// The archive without walls: the online halls and the compiled publications, one tap from home.
const PROMOS = [
  { key: 'online', label: '网上展厅', hint: '滑动浏览馆藏高清图像', url: routes.onlineExhibitions() },
  { key: 'publications', label: '编研成果', hint: '史料汇编与出版物', url: routes.publications() },
] as const;

function PromoEntries() {
  return (
    <View className="home-promos">
      {PROMOS.map((promo) => (
        <View
          key={promo.key}
          className={`home-promos__item home-promos__item--${promo.key}`}
          hoverClass="home-entries__item--pressed"
          data-testid={`home-${promo.key}`}
          onClick={() => go(promo.url)}
        >
          <Text className="home-promos__label">{promo.label}</Text>
          <Text className="home-promos__hint">{promo.hint}</Text>
        </View>
      ))}
    </View>
  );
}
