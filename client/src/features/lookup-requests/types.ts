// The shapes the lookup pages pass between their parts, named once from the generated operations.
import type { LookupApplyArchivesQuery, LookupDetailFieldsFragment } from '../../graphql/generated/lookup/operations';

/** An archive as the form offers it: its branch and the record types it holds. */
export type LookupArchive = LookupApplyArchivesQuery['lookupArchives'][number];

/** A request as its citizen sees it. */
export type LookupDetail = LookupDetailFieldsFragment;
