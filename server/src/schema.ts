// Imports every feature's GraphQL module (for their side effects on the builder) and builds the schema.
import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder';
import './modules/common/common.graphql';
import './modules/branches/branch.graphql';
import './modules/accounts/auth.graphql';
import './modules/exhibitions/exhibition.graphql';
import './modules/articles/article.graphql';
import './modules/home/home.graphql';
import './modules/slots/slot.graphql';
import './modules/booking/booking.graphql';
import './modules/booking/staff.graphql';
import './modules/exhibitions/exhibition-admin.graphql';

builder.queryType({});
builder.mutationType({});

export const schema = builder.toSchema();

/** The committed server/schema.graphql is exactly this text. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
