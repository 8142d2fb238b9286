// Every vocabulary is one const array with one Chinese label per value, and its values are exactly the
// values of the GraphQL enum the server prints: the server builds its enums from these arrays.
import { readFileSync } from 'node:fs';
import {
  ARTICLE_CATEGORIES,
  ARTICLE_CATEGORY_LABELS,
  BOOKING_GLANCE_LABELS,
  BOOKING_GLANCE_STATES,
  BOOKING_KIND_LABELS,
  BOOKING_KINDS,
  BOOKING_STATUS_LABELS,
  BOOKING_STATUSES,
  CALENDAR_DAY_KIND_LABELS,
  CALENDAR_DAY_KINDS,
  CANCEL_REASON_LABELS,
  CANCEL_REASONS,
  CERTIFICATE_VERDICT_LABELS,
  CERTIFICATE_VERDICTS,
  DAY_AVAILABILITIES,
  DAY_AVAILABILITY_LABELS,
  DOCUMENT_TYPE_LABELS,
  DOCUMENT_TYPES,
  EXHIBITION_MODE_LABELS,
  EXHIBITION_MODES,
  EXHIBITION_PHASE_LABELS,
  EXHIBITION_PHASES,
  isCancelReason,
  LOOKUP_ACTION_LABELS,
  LOOKUP_ACTIONS,
  LOOKUP_DELIVERIES,
  LOOKUP_DELIVERY_LABELS,
  LOOKUP_EVENT_KIND_LABELS,
  LOOKUP_EVENT_KINDS,
  LOOKUP_PURPOSE_LABELS,
  LOOKUP_PURPOSES,
  LOOKUP_QUEUE_TAB_LABELS,
  LOOKUP_QUEUE_TABS,
  LOOKUP_RECORD_TYPE_LABELS,
  LOOKUP_RECORD_TYPES,
  LOOKUP_RELATION_LABELS,
  LOOKUP_RELATIONS,
  LOOKUP_STATUS_LABELS,
  LOOKUP_STATUSES,
  LOOKUP_USE_LABELS,
  LOOKUP_USES,
  LOOKUP_VISIT_STATUS_LABELS,
  LOOKUP_VISIT_STATUSES,
  SLOT_STATUS_LABELS,
  SLOT_STATUSES,
  STAFF_ROLE_LABELS,
  STAFF_ROLES,
  SUPPORTING_DOCUMENT_KIND_LABELS,
  SUPPORTING_DOCUMENT_KINDS,
  VISITOR_STATUS_LABELS,
  VISITOR_STATUSES,
  WAITLIST_STATUS_LABELS,
  WAITLIST_STATUSES,
} from '@zz/shared';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';

const VOCABULARIES: Array<{
  name: string;
  values: readonly string[];
  labels: Record<string, string>;
  /** The GraphQL enum printed in server/schema.graphql, when the API has one. */
  graphqlEnum: string | null;
}> = [
  { name: 'BOOKING_STATUSES', values: BOOKING_STATUSES, labels: BOOKING_STATUS_LABELS, graphqlEnum: 'BookingStatus' },
  { name: 'VISITOR_STATUSES', values: VISITOR_STATUSES, labels: VISITOR_STATUS_LABELS, graphqlEnum: 'VisitorStatus' },
  { name: 'BOOKING_KINDS', values: BOOKING_KINDS, labels: BOOKING_KIND_LABELS, graphqlEnum: 'BookingKind' },
  {
    name: 'WAITLIST_STATUSES',
    values: WAITLIST_STATUSES,
    labels: WAITLIST_STATUS_LABELS,
    graphqlEnum: 'WaitlistStatus',
  },
  // Booking.cancelReason is a plain string in the API.
  { name: 'CANCEL_REASONS', values: CANCEL_REASONS, labels: CANCEL_REASON_LABELS, graphqlEnum: null },
  { name: 'SLOT_STATUSES', values: SLOT_STATUSES, labels: SLOT_STATUS_LABELS, graphqlEnum: 'SlotStatus' },
  {
    name: 'DAY_AVAILABILITIES',
    values: DAY_AVAILABILITIES,
    labels: DAY_AVAILABILITY_LABELS,
    graphqlEnum: 'DayAvailability',
  },
  {
    name: 'BOOKING_GLANCE_STATES',
    values: BOOKING_GLANCE_STATES,
    labels: BOOKING_GLANCE_LABELS,
    graphqlEnum: 'BookingGlanceState',
  },
  { name: 'EXHIBITION_MODES', values: EXHIBITION_MODES, labels: EXHIBITION_MODE_LABELS, graphqlEnum: 'ExhibitionMode' },
  {
    name: 'EXHIBITION_PHASES',
    values: EXHIBITION_PHASES,
    labels: EXHIBITION_PHASE_LABELS,
    graphqlEnum: 'ExhibitionPhase',
  },
  {
    name: 'ARTICLE_CATEGORIES',
    values: ARTICLE_CATEGORIES,
    labels: ARTICLE_CATEGORY_LABELS,
    graphqlEnum: 'ArticleCategory',
  },
  { name: 'STAFF_ROLES', values: STAFF_ROLES, labels: STAFF_ROLE_LABELS, graphqlEnum: 'StaffRole' },
  { name: 'DOCUMENT_TYPES', values: DOCUMENT_TYPES, labels: DOCUMENT_TYPE_LABELS, graphqlEnum: 'DocumentType' },
  {
    name: 'LOOKUP_RECORD_TYPES',
    values: LOOKUP_RECORD_TYPES,
    labels: LOOKUP_RECORD_TYPE_LABELS,
    graphqlEnum: 'LookupRecordType',
  },
  { name: 'LOOKUP_RELATIONS', values: LOOKUP_RELATIONS, labels: LOOKUP_RELATION_LABELS, graphqlEnum: 'LookupRelation' },
  { name: 'LOOKUP_PURPOSES', values: LOOKUP_PURPOSES, labels: LOOKUP_PURPOSE_LABELS, graphqlEnum: 'LookupPurpose' },
  { name: 'LOOKUP_USES', values: LOOKUP_USES, labels: LOOKUP_USE_LABELS, graphqlEnum: 'LookupUse' },
  {
    name: 'LOOKUP_DELIVERIES',
    values: LOOKUP_DELIVERIES,
    labels: LOOKUP_DELIVERY_LABELS,
    graphqlEnum: 'LookupDelivery',
  },
  {
    name: 'SUPPORTING_DOCUMENT_KINDS',
    values: SUPPORTING_DOCUMENT_KINDS,
    labels: SUPPORTING_DOCUMENT_KIND_LABELS,
    graphqlEnum: 'SupportingDocumentKind',
  },
  { name: 'LOOKUP_STATUSES', values: LOOKUP_STATUSES, labels: LOOKUP_STATUS_LABELS, graphqlEnum: 'LookupStatus' },
  { name: 'LOOKUP_ACTIONS', values: LOOKUP_ACTIONS, labels: LOOKUP_ACTION_LABELS, graphqlEnum: 'LookupAction' },
  {
    name: 'LOOKUP_EVENT_KINDS',
    values: LOOKUP_EVENT_KINDS,
    labels: LOOKUP_EVENT_KIND_LABELS,
    graphqlEnum: 'LookupEventKind',
  },
  {
    name: 'LOOKUP_QUEUE_TABS',
    values: LOOKUP_QUEUE_TABS,
    labels: LOOKUP_QUEUE_TAB_LABELS,
    graphqlEnum: 'LookupQueueTab',
  },
  {
    name: 'LOOKUP_VISIT_STATUSES',
    values: LOOKUP_VISIT_STATUSES,
    labels: LOOKUP_VISIT_STATUS_LABELS,
    graphqlEnum: 'LookupVisitStatus',
  },
  {
    name: 'CALENDAR_DAY_KINDS',
    values: CALENDAR_DAY_KINDS,
    labels: CALENDAR_DAY_KIND_LABELS,
    graphqlEnum: 'CalendarDayKind',
  },
  {
    name: 'CERTIFICATE_VERDICTS',
    values: CERTIFICATE_VERDICTS,
    labels: CERTIFICATE_VERDICT_LABELS,
    graphqlEnum: 'CertificateVerdict',
  },
];

const schema = buildSchema(readFileSync(new URL('../../server/schema.graphql', import.meta.url), 'utf8'));

describe.each(VOCABULARIES)('$name', ({ values, labels, graphqlEnum }) => {
  it('lists each value once', () => {
    expect(new Set(values).size).toBe(values.length);
  });

  it('has exactly one Chinese label for every value, and no two values share a label', () => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const value of values) expect(labels[value], value).toMatch(/^[\u4e00-\u9fff]/);
    expect(new Set(Object.values(labels)).size).toBe(values.length);
  });

  it.runIf(graphqlEnum)('holds exactly the values of the GraphQL enum', () => {
    const type = schema.getType(graphqlEnum as string);
    expect(type).toBeInstanceOf(GraphQLEnumType);
    const printed = (type as GraphQLEnumType).getValues().map((v) => v.value);
    expect([...values].sort()).toEqual([...printed].sort());
  });
});

describe('one wording per value', () => {
  it('calls a group awaiting review 待审核 and a refused one 未通过, for citizens and staff alike', () => {
    expect(BOOKING_STATUS_LABELS.PENDING_REVIEW).toBe('待审核');
    expect(VISITOR_STATUS_LABELS.PENDING_REVIEW).toBe('待审核');
    expect(BOOKING_STATUS_LABELS.REJECTED).toBe('未通过');
  });

  it('recognises the stored cancel reasons and nothing else', () => {
    for (const reason of CANCEL_REASONS) expect(isCancelReason(reason)).toBe(true);
    expect(isCancelReason('SOMETHING_ELSE')).toBe(false);
    expect(isCancelReason(null)).toBe(false);
  });
});
