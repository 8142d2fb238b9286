// Whether an exhibition is published. The Exhibition type does not expose it (a server gap, reported), so
// the public list — published exhibitions only — tells drafts apart: listed means published; unlisted
// means draft, unless the public list has more pages than we fetched, in which case we do not know.
import type { StaffPublishedIdsFragment } from '../graphql';

export type PublishedState = 'published' | 'draft' | 'unknown';

export function publishedStateOf(ids: StaffPublishedIdsFragment, exhibitionId: string): PublishedState {
  if (ids.exhibitions.edges.some((edge) => edge.node.id === exhibitionId)) return 'published';
  return ids.exhibitions.pageInfo.hasNextPage ? 'unknown' : 'draft';
}
