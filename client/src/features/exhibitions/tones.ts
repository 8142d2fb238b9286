// Tag colours of the exhibition phases; the labels are the shared vocabulary's (EXHIBITION_PHASE_LABELS).
import type { ExhibitionPhase } from '@zz/shared/visits/statuses';
import type { TagTone } from '../../components/Tag';

export const PHASE_TONES: Record<ExhibitionPhase, TagTone> = { CURRENT: 'success', UPCOMING: 'warning', PAST: 'muted' };
