// 网上展厅: every published online exhibition as a card with its cover and how many exhibits it shows.
import { Image, Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { DataState } from '../../components/DataState';
import { OnlineExhibitionsDocument } from '../../graphql/generated/online/operations';
import { useQuery } from '../../graphql/use-query';
import { go, routes } from '../../lib/navigation';
import './online.css';
import { imageAlt } from '../../components/a11y';

export function OnlineExhibitionList() {
  const query = useQuery(OnlineExhibitionsDocument, {});
  usePullDownRefresh(() => {
    void query.refetch().finally(() => Taro.stopPullDownRefresh());
  });
  return (
    <View className="online-list">
      <View className="online-list__intro">
        <Text className="online-list__title">网上展厅</Text>
        <Text className="online-list__hint">足不出户看档案：左右滑动浏览展品，点按图片可放大细看。</Text>
      </View>
      <DataState
        state={query.state}
        onRetry={query.refetch}
        isEmpty={(data) => data.onlineExhibitions.length === 0}
        emptyText="网上展厅正在布展，敬请期待"
      >
        {(data) => (
          <View className="online-list__items">
            {data.onlineExhibitions.map((hall) => (
              <View
                key={hall.id}
                className="online-card"
                hoverClass="online-card--pressed"
                data-testid="online-exhibition-card"
                data-id={hall.id}
                onClick={() => go(routes.onlineHall(hall.id))}
              >
                {hall.cover ? (
                  <Image
                    className="online-card__cover"
                    src={hall.cover.url}
                    mode="aspectFill"
                    lazyLoad
                    {...imageAlt('')}
                  />
                ) : (
                  <View className="online-card__cover online-card__cover--blank">
                    <Text>{hall.title.slice(0, 2)}</Text>
                  </View>
                )}
                <View className="online-card__body">
                  <Text className="online-card__title">{hall.title}</Text>
                  {hall.subtitle ? <Text className="online-card__subtitle">{hall.subtitle}</Text> : null}
                  <Text className="online-card__intro">{hall.intro}</Text>
                  <View className="online-card__meta">
                    <Text>共 {hall.exhibitCount} 件展品</Text>
                    {hall.branch ? <Text className="online-card__branch">{hall.branch.shortName}</Text> : null}
                    <Text className="online-card__enter">进入展厅 ›</Text>
                  </View>
                </View>
              </View>
            ))}
          </View>
        )}
      </DataState>
    </View>
  );
}
