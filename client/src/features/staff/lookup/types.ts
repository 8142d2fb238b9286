// A lookup request as staff see it, named once from the generated operation.
import type { StaffLookupDetailFragment } from '../graphql';

export type StaffLookup = StaffLookupDetailFragment;
