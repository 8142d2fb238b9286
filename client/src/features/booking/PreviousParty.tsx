// 再次预约: the form opened with `again` (a booking id) books that booking's party again. The server reads the
// earlier booking's visitors itself (the same account's only) and books them, so no document travels again; the
// form shows who they are, "同行人：上次的参观人 林晓、陈明", and counts them within the party's size.
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { describeFailure } from '../../graphql/client';
import { PreviousPartyDocument } from '../../graphql/generated/booking/operations';
import { type QueryHandle, useQuery } from '../../graphql/use-query';

export interface EarlierParty {
  /** The earlier booking, when the form was opened for 再次预约. */
  bookingId: string | null;
  names: string[];
  /** One stand-in id per earlier visitor, so the form's party model counts them (never sent). */
  placeholders: string[];
  /** What createBooking's input adds. */
  bookingInput: { againFromBookingId?: string };
  query: QueryHandle<unknown> | null;
}

/** The earlier party of the booking named by the page's `again` parameter, if any. */
export function usePreviousParty(): EarlierParty {
  const bookingId = useRouter().params.again ?? null;
  const query = useQuery(PreviousPartyDocument, { id: bookingId ?? '' }, { skip: bookingId === null });
  const visitors = query.state.status === 'success' ? (query.state.data.booking?.visitors ?? []) : [];
  const live = visitors.filter((v) => v.status !== 'CANCELLED');
  // As the server picks them: those still on the booking, or everyone when it was called off as a whole.
  const party = live.length > 0 ? live : visitors;
  const names = party.map((v) => v.fullName ?? v.name);
  return {
    bookingId,
    names,
    placeholders: party.map((v) => `earlier-${v.id}`),
    bookingInput: bookingId !== null && party.length > 0 ? { againFromBookingId: bookingId } : {},
    query: bookingId === null ? null : (query as QueryHandle<unknown>),
  };
}

export function PreviousParty({ party }: { party: EarlierParty }) {
  if (party.bookingId === null || party.query === null) return null;
  const { state } = party.query;
  if (state.status === 'failure') {
    return (
      <Text className="previous-party previous-party--failure" onClick={() => void party.query?.refetch()}>
        {`上次的参观人加载失败（${describeFailure(state.failure)}），点此重试`}
      </Text>
    );
  }
  if (state.status !== 'success') return <Text className="previous-party">正在读取上次的参观人…</Text>;
  if (party.names.length === 0) return <Text className="previous-party">未找到上次的参观人，请添加参观人。</Text>;
  return (
    <View className="previous-party" data-testid="previous-party">
      <Text>{`同行人：上次的参观人 ${party.names.join('、')}`}</Text>
    </View>
  );
}
