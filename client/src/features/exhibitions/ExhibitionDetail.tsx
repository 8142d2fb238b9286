// An exhibition's detail: cover, description, where and when, visiting notes, and how to visit (the booking
// calendar for onsite exhibitions).

import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { EXHIBITION_MODE_LABELS, EXHIBITION_PHASE_LABELS } from '@zz/shared/visits/statuses';
import { useEffect } from 'react';
import { Cell, CellGroup } from '../../components/Cell';
import { Cover } from '../../components/Cover';
import { DataState, EmptyState } from '../../components/DataState';
import { Notice } from '../../components/Notice';
import { Prose } from '../../components/Prose';
import { Section } from '../../components/Section';
import { Tag } from '../../components/Tag';
import { ExhibitionDocument, type ExhibitionQuery } from '../../graphql/generated/operations';
import { useQuery } from '../../graphql/use-query';
import { formatDateRange } from '../../lib/format';
import { go, routes } from '../../lib/navigation';
import { VenueFacts } from '../venues/VenueFacts';
import { PHASE_TONES } from './tones';
import { VisitPlanner } from './VisitPlanner';
import './exhibitions.css';

type Exhibition = NonNullable<ExhibitionQuery['exhibition']>;

/** `again`: 再次预约's booking id, handed on to the booking form of the slot chosen here. */
export function ExhibitionDetail({ id, again }: { id: string | undefined; again?: string }) {
  const query = useQuery(ExhibitionDocument, { id: id ?? '' }, { skip: !id });
  const title = query.state.status === 'success' ? query.state.data.exhibition?.title : undefined;
  useEffect(() => {
    if (title) void Taro.setNavigationBarTitle({ title });
  }, [title]);
  // An online exhibition is its online hall: open the hall in this page's place.
  const exhibition = query.state.status === 'success' ? query.state.data.exhibition : null;
  const hallId = exhibition?.mode === 'ONLINE' ? exhibition.onlineExhibition?.id : undefined;
  useEffect(() => {
    if (hallId) void Taro.redirectTo({ url: routes.onlineHall(hallId) });
  }, [hallId]);

  if (!id) return <EmptyState text="未指定展览" />;
  return (
    <DataState
      state={query.state}
      onRetry={query.refetch}
      isEmpty={(data) => !data.exhibition}
      emptyText="展览不存在或已下线"
    >
      {(data) => (data.exhibition ? <ExhibitionBody exhibition={data.exhibition} again={again} /> : null)}
    </DataState>
  );
}

function ExhibitionBody({ exhibition: e, again }: { exhibition: Exhibition; again?: string }) {
  const branch = e.branch;
  return (
    <View className="exhibition-detail" data-testid="exhibition-detail" data-id={e.id}>
      <Cover url={e.displayCoverUrl} title={e.title} className="exhibition-detail__cover" />
      <View className="exhibition-detail__head">
        <View className="exhibition-card__tags">
          <Tag tone={PHASE_TONES[e.phase]}>{EXHIBITION_PHASE_LABELS[e.phase]}</Tag>
          <Tag tone={e.mode === 'ONLINE' ? 'accent' : 'primary'}>{EXHIBITION_MODE_LABELS[e.mode]}</Tag>
        </View>
        <Text className="exhibition-detail__title">{e.title}</Text>
        {e.subtitle ? <Text className="exhibition-detail__subtitle">{e.subtitle}</Text> : null}
        <Text className="exhibition-detail__summary">{e.summary}</Text>
      </View>

      <View className="exhibition-detail__content">
        <CellGroup className="exhibition-detail__facts">
          <Cell label="展期" value={formatDateRange(e.opensOn, e.closesOn)} className="exhibition-detail__dates" />
          {e.venue ? <Cell label="展厅" value={e.venue} className="exhibition-detail__venue" /> : null}
          <Cell label="主办" value={branch.name} className="exhibition-detail__branch" />
        </CellGroup>

        {e.venueDetails ? (
          <Section title="到馆信息">
            <VenueFacts venue={e.venueDetails} name={e.venue ? `${branch.name} · ${e.venue}` : branch.name} />
          </Section>
        ) : null}

        <Section title="展览介绍">
          <Prose text={e.description} className="exhibition-detail__description" />
        </Section>

        {e.notes ? (
          <Section title="参观须知">
            <Notice tone="warning" className="exhibition-detail__notes">
              <Prose text={e.notes} />
            </Notice>
          </Section>
        ) : null}

        {e.onlineExhibition ? (
          <Section title="网上展厅">
            <View
              className="exhibition-detail__online"
              hoverClass="exhibition-detail__online--pressed"
              data-testid="exhibition-online-link"
              onClick={() => e.onlineExhibition && go(routes.onlineHall(e.onlineExhibition.id))}
            >
              <Text className="exhibition-detail__online-title">{e.onlineExhibition.title}</Text>
              <Text className="exhibition-detail__online-hint">
                在线浏览 {e.onlineExhibition.exhibitCount} 件展品的高清图像 ›
              </Text>
            </View>
          </Section>
        ) : null}

        <VisitSection exhibition={e} again={again} />
      </View>
    </View>
  );
}

/** How to see it: online halls need nothing; onsite exhibitions are booked by day and session. */
function VisitSection({ exhibition: e, again }: { exhibition: Exhibition; again?: string }) {
  if (e.mode === 'ONLINE') {
    return (
      <Notice title="网上展厅" className="exhibition-detail__visit">
        <Text>本展览为线上展览，无需预约，随时可在线浏览。</Text>
      </Notice>
    );
  }
  if (e.phase === 'PAST') {
    return (
      <Notice title="展览已结束" className="exhibition-detail__visit">
        <Text>本展览已闭幕，欢迎关注其他正在展出的展览。</Text>
      </Notice>
    );
  }
  return <VisitPlanner exhibitionId={e.id} again={again} />;
}
