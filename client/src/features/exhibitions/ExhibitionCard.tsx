// One exhibition in a list: cover, phase, booking at a glance, title, where and when. Tapping opens its page.

import { Text, View } from '@tarojs/components';
import { EXHIBITION_MODE_LABELS, EXHIBITION_PHASE_LABELS } from '@zz/shared/visits/statuses';
import { Cover } from '../../components/Cover';
import { Tag } from '../../components/Tag';
import type { ExhibitionCardFragment } from '../../graphql/generated/operations';
import { formatDateRange } from '../../lib/format';
import { go, routes } from '../../lib/navigation';
import { GLANCE_TONES, glanceTagText } from './booking-glance';
import { formatPlace } from './booking-rules';
import { PHASE_TONES } from './tones';
import './exhibitions.css';

export function ExhibitionCard({ exhibition }: { exhibition: ExhibitionCardFragment }) {
  const e = exhibition;
  const glance = e.phase === 'PAST' ? null : e.bookingGlance;
  return (
    <View
      className="zz-card exhibition-card"
      hoverClass="zz-card--pressed"
      data-testid="exhibition-card"
      data-id={e.id}
      data-branch-id={e.branch.id}
      onClick={() => go(routes.exhibition(e.id))}
    >
      <Cover url={e.displayCoverUrl} title={e.title} className="exhibition-card__cover" />
      <View className="exhibition-card__body">
        <View className="exhibition-card__tags">
          <Tag tone={PHASE_TONES[e.phase]} className="exhibition-card__phase">
            {EXHIBITION_PHASE_LABELS[e.phase]}
          </Tag>
          {glance ? (
            <View className="exhibition-card__glance" data-testid="exhibition-card-glance" data-state={glance.state}>
              <Tag tone={GLANCE_TONES[glance.state]}>{glanceTagText(glance)}</Tag>
            </View>
          ) : null}
          {e.mode === 'ONLINE' ? <Tag tone="accent">{EXHIBITION_MODE_LABELS.ONLINE}</Tag> : null}
        </View>
        <Text className="exhibition-card__title">{e.title}</Text>
        {e.subtitle ? <Text className="exhibition-card__subtitle">{e.subtitle}</Text> : null}
        <Text className="exhibition-card__place" data-testid="exhibition-card-place">
          {formatPlace(e.branch.name, e.venue)}
        </Text>
        <Text className="exhibition-card__dates">{formatDateRange(e.opensOn, e.closesOn)}</Text>
      </View>
    </View>
  );
}
