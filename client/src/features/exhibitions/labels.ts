import type { ExhibitionMode, ExhibitionPhase } from '../../graphql/generated/graphql';

export const PHASE_LABELS: Record<ExhibitionPhase, string> = {
  CURRENT: '展出中',
  UPCOMING: '即将开展',
  PAST: '往期',
};

export const MODE_LABELS: Record<ExhibitionMode, string> = {
  ONSITE: '实体展览',
  ONLINE: '网上展厅',
};

export const PHASE_TONES = { CURRENT: 'success', UPCOMING: 'warning', PAST: 'muted' } as const;
