// Imports every feature's GraphQL module (for their side effects on the builder) and builds the schema.
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder';
import './graphql/common.graphql';
import './graphql/rich-content';
import './modules/branches/branch.graphql';
import './modules/accounts/auth.graphql';
import './modules/accounts/staff-admin.graphql';
import './modules/privacy/privacy.graphql';
import './modules/exhibitions/exhibition.graphql';
import './modules/articles/article.graphql';
import './modules/home/home.graphql';
import './modules/scheduling/scheduling.graphql';
import './modules/visits/visit.graphql';
import './modules/waitlist/waitlist.graphql';
import './modules/group-visits/group-visit.graphql';
import './modules/door/door.graphql';
import './modules/reporting/reporting.graphql';
import './modules/exports/export.graphql';
import './modules/lookup/lookup.graphql';
import './modules/lookup/lookup-staff.graphql';
import './modules/audit/audit.graphql';
import './modules/notifications/notification.graphql';
import './modules/online-exhibitions/online-exhibition.graphql';
import './modules/publications/publication.graphql';
import './modules/venues/venue.graphql';

builder.queryType({});
builder.mutationType({});

export const schema = builder.toSchema();

/** The committed server/schema.graphql is exactly this text. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
