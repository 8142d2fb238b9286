// A lookup request as staff see it, and one of its attachments, named once from the generated operation.
import type { StaffLookupDetailFragment } from '../graphql';

export type StaffLookup = StaffLookupDetailFragment;

export type StaffLookupAttachment = StaffLookup['attachments'][number];
