// One online exhibition: its intro, then one exhibit per slide (images that zoom on tap, title, caption,
// description, 档号, holding archive, period, 第 n / N 件), opened at ?exhibit= when a shared exhibit brought the
// reader here; sharing shares the exhibit on screen. Below, the on-site exhibitions it belongs to (预约参观).

import { Image, ScrollView, Swiper, SwiperItem, Text, View } from '@tarojs/components';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { EXHIBITION_MODE_LABELS } from '@zz/shared/visits/statuses';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { DataState, EmptyState } from '../../components/DataState';
import { Section } from '../../components/Section';
import { PLATFORM } from '../../config';
import { OnlineExhibitionDocument, type OnlineExhibitionQuery } from '../../graphql/generated/online/operations';
import { useQuery } from '../../graphql/use-query';
import { cx } from '../../lib/cx';
import { formatDateRange } from '../../lib/format';
import { go, routes } from '../../lib/navigation';
import './online.css';
import { a11y, imageAlt } from '../../components/a11y';

/** About three lines of the intro at phone width in the large reading size. */
const INTRO_FOLD_CHARS = 60;

type Hall = NonNullable<OnlineExhibitionQuery['onlineExhibition']>;
type Exhibit = Hall['exhibits'][number];

export function OnlineHall({ id, exhibitId }: { id: string | undefined; exhibitId: string | undefined }) {
  const query = useQuery(OnlineExhibitionDocument, { id: id ?? '' }, { skip: !id });
  const title = query.state.status === 'success' ? query.state.data.onlineExhibition?.title : undefined;
  useEffect(() => {
    if (title) void Taro.setNavigationBarTitle({ title });
  }, [title]);

  if (!id) return <EmptyState text="展厅不存在或已下线" />;
  return (
    <DataState
      state={query.state}
      onRetry={query.refetch}
      isEmpty={(data) => !data.onlineExhibition}
      emptyText="展厅不存在或已下线"
      emptyAction={
        <Button variant="secondary" size="sm" onClick={() => go(routes.onlineExhibitions())}>
          看看其他展厅
        </Button>
      }
    >
      {(data) => (data.onlineExhibition ? <HallView hall={data.onlineExhibition} exhibitId={exhibitId} /> : null)}
    </DataState>
  );
}

/** The H5 link of one exhibit: hash routing, so the page path goes after '#'. */
function exhibitLink(hallId: string, exhibitId: string): string {
  return `${location.origin}${location.pathname}#${routes.onlineHall(hallId, exhibitId)}`;
}

function HallView({ hall, exhibitId }: { hall: Hall; exhibitId: string | undefined }) {
  const exhibits = hall.exhibits;
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      exhibits.findIndex((e) => e.id === exhibitId),
    ),
  );
  const current: Exhibit | undefined = exhibits[Math.min(index, exhibits.length - 1)];
  const currentRef = useRef(current);
  currentRef.current = current;

  // The share card is the exhibit on screen; the path reopens the hall at it.
  useShareAppMessage(() => {
    const exhibit = currentRef.current;
    if (!exhibit) return { title: hall.title, path: routes.onlineHall(hall.id), imageUrl: hall.cover?.thumbUrl };
    return {
      title: exhibit.title,
      path: routes.onlineHall(hall.id, exhibit.id),
      imageUrl: exhibit.images[0]?.thumbUrl ?? hall.cover?.thumbUrl,
    };
  });

  const copyLink = async () => {
    if (!current) return;
    try {
      await Taro.setClipboardData({ data: exhibitLink(hall.id, current.id) });
      void Taro.showToast({ title: '展品链接已复制', icon: 'none' });
    } catch {
      void Taro.showToast({ title: '复制失败，请手动复制地址栏链接', icon: 'none' });
    }
  };

  return (
    <View className="online-hall" data-testid="online-hall" data-id={hall.id}>
      <View className="online-hall__head">
        <Text className="online-hall__title">{hall.title}</Text>
        {hall.subtitle ? <Text className="online-hall__subtitle">{hall.subtitle}</Text> : null}
        <Intro text={hall.intro} />
        <Text className="online-hall__hint">左右滑动浏览展品，点按图片可放大</Text>
      </View>
      {exhibits.length === 0 ? (
        <EmptyState text="展品正在整理中，敬请期待" />
      ) : (
        <>
          <Swiper
            className="online-hall__swiper"
            current={index}
            onChange={(event) => setIndex(event.detail.current)}
            data-testid="online-swiper"
          >
            {exhibits.map((exhibit, i) => (
              <SwiperItem key={exhibit.id} itemId={exhibit.id}>
                <ExhibitSlide exhibit={exhibit} n={i + 1} total={exhibits.length} />
              </SwiperItem>
            ))}
          </Swiper>
          <View className="online-hall__nav">
            <Button
              variant="secondary"
              disabled={index === 0}
              onClick={() => setIndex((i) => Math.max(0, i - 1))}
              className="online-hall__prev"
            >
              上一件
            </Button>
            <Text className="online-hall__position" data-testid="online-position">
              {`${index + 1} / ${exhibits.length}`}
            </Text>
            <Button
              variant="secondary"
              disabled={index >= exhibits.length - 1}
              onClick={() => setIndex((i) => Math.min(exhibits.length - 1, i + 1))}
              className="online-hall__next"
            >
              下一件
            </Button>
          </View>
          {PLATFORM === 'h5' ? (
            <View className="online-hall__share">
              <Button variant="ghost" size="sm" onClick={() => void copyLink()}>
                分享这件展品
              </Button>
            </View>
          ) : null}
        </>
      )}
      {hall.exhibitions.length > 0 ? (
        <Section title="相关展览" className="online-hall__exhibitions">
          {hall.exhibitions.map((exhibition) => (
            <View key={exhibition.id} className="online-hall__exhibition" data-testid="online-linked-exhibition">
              <View className="online-hall__exhibition-main">
                <Text className="online-hall__exhibition-title">{exhibition.title}</Text>
                <Text className="online-hall__exhibition-meta">
                  {EXHIBITION_MODE_LABELS[exhibition.mode]} · {exhibition.branch.shortName} ·{' '}
                  {formatDateRange(exhibition.opensOn, exhibition.closesOn)}
                </Text>
              </View>
              {exhibition.mode === 'ONSITE' && exhibition.phase !== 'PAST' ? (
                <Button size="sm" onClick={() => go(routes.exhibition(exhibition.id))}>
                  预约参观
                </Button>
              ) : (
                <Button variant="ghost" size="sm" onClick={() => go(routes.exhibition(exhibition.id))}>
                  查看
                </Button>
              )}
            </View>
          ))}
        </Section>
      ) : null}
    </View>
  );
}

/** A long intro folds to a few lines, so the first exhibit is in view; 展开 shows it all. */
function Intro({ text }: { text: string }) {
  const [open, setOpen] = useState(false);
  const long = text.length > INTRO_FOLD_CHARS;
  return (
    <View className="online-hall__intro-box">
      <View className={cx('online-hall__intro', long && !open && 'online-hall__intro--folded')}>
        <Text userSelect>{text}</Text>
      </View>
      {long ? (
        <View className="online-hall__more" onClick={() => setOpen(!open)}>
          <Text>{open ? '收起' : '展开全文'}</Text>
        </View>
      ) : null}
    </View>
  );
}

function ExhibitSlide({ exhibit: e, n, total }: { exhibit: Exhibit; n: number; total: number }) {
  const urls = e.images.map((image) => image.largeUrl);
  const zoom = (current: string) => void Taro.previewImage({ current, urls });
  const [first, ...rest] = e.images;
  return (
    <ScrollView
      className="exhibit-slide"
      scrollY
      data-testid="online-exhibit"
      data-id={e.id}
      {...a11y({ role: 'region', label: e.title, scrollable: true })}
    >
      <View className="exhibit-slide__inner">
        {first ? (
          <Image
            className="exhibit-slide__image"
            src={first.url}
            mode="aspectFit"
            data-testid="online-exhibit-image"
            onClick={() => zoom(first.largeUrl)}
            {...imageAlt(e.title)}
          />
        ) : null}
        {rest.length > 0 ? (
          <View className="exhibit-slide__thumbs">
            {rest.map((image) => (
              <Image
                key={image.largeUrl}
                className="exhibit-slide__thumb"
                src={image.thumbUrl}
                mode="aspectFill"
                onClick={() => zoom(image.largeUrl)}
                {...imageAlt(`${e.title}（另一幅）`)}
              />
            ))}
          </View>
        ) : null}
        <Text className="exhibit-slide__count">{`第 ${n} / ${total} 件`}</Text>
        <Text className="exhibit-slide__title">{e.title}</Text>
        <Text className="exhibit-slide__caption">{e.caption}</Text>
        <View className="exhibit-slide__facts">
          {e.archiveRef ? <Fact label="档号" value={e.archiveRef} /> : null}
          {e.holdingBranch ? <Fact label="收藏单位" value={e.holdingBranch.shortName} /> : null}
          {e.period ? <Fact label="年代" value={e.period} /> : null}
        </View>
        <Text className="exhibit-slide__description" userSelect>
          {e.description}
        </Text>
      </View>
    </ScrollView>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className="exhibit-slide__fact">
      <Text className="exhibit-slide__fact-label">{label}</Text>
      <Text className="exhibit-slide__fact-value" userSelect>
        {value}
      </Text>
    </View>
  );
}
