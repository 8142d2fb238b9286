// Venue details as the API shows them: `venueDetails` on archives and exhibitions for everyone (public reads,
// cached), and the staff's editor (staffVenue, saveVenue, useArchiveVenue). An edit invalidates the cached reads
// that may show the venue.
import { builder } from '../../builder';
import type { Context } from '../../context';
import { InputValidationError, NotAuthorizedError, NotFoundError } from '../../errors';
import { parseId } from '../../graphql/ids';
import { depsOf, inMutation } from '../../graphql/mutation';
import { ADMINISTRATOR_SCOPES } from '../../platform/access/scopes';
import { auditSourceOf } from '../../platform/audit/audit-log';
import type { PublicTypename } from '../../platform/cache/public-cache';
import { BranchRef } from '../branches/branch.graphql';
import { ExhibitionRef } from '../exhibitions/exhibition.graphql';
import {
  archiveVenues,
  exhibitionVenues,
  saveVenue,
  useArchiveVenue,
  type Venue,
  type VenueEditing,
  type VenueOwner,
  venueForEditing,
} from './venue.service';

const VenueOwnerKindEnum = builder.enumType('VenueOwnerKind', {
  values: {
    ARCHIVE: { description: "An archive's own venue" },
    EXHIBITION: { description: 'An exhibition held away from its archive' },
  } as const,
});

const VenueDayRef = builder.objectRef<{ weekday: number; open: string | null; close: string | null }>('VenueDay');
VenueDayRef.implement({
  description: 'One weekday of the opening hours; open and close are null when closed all day.',
  fields: (t) => ({
    weekday: t.exposeInt('weekday', { description: '1 = Monday … 7 = Sunday' }),
    open: t.exposeString('open', { nullable: true, description: "'HH:MM', Asia/Shanghai" }),
    close: t.exposeString('close', { nullable: true }),
  }),
});

export const VenueRef = builder.objectRef<Venue>('Venue');
VenueRef.implement({
  description: 'Where and when to come: an archive, or an exhibition held elsewhere.',
  fields: (t) => ({
    // Ids make each venue its own entity in the public response cache.
    id: t.id({ resolve: (v) => `${v.ownerKind}:${v.ownerId}` }),
    ownerKind: t.field({ type: VenueOwnerKindEnum, resolve: (v) => v.ownerKind }),
    address: t.exposeString('address'),
    phone: t.exposeString('phone', { nullable: true }),
    latitude: t.exposeFloat('latitude', { nullable: true, description: 'GCJ-02 (what WeChat openLocation expects)' }),
    longitude: t.exposeFloat('longitude', { nullable: true, description: 'GCJ-02' }),
    days: t.field({
      type: [VenueDayRef],
      description: 'Monday to Sunday',
      resolve: (v) =>
        v.hours.days.map((day, i) => ({ weekday: i + 1, open: day?.open ?? null, close: day?.close ?? null })),
    }),
    lunchStart: t.string({ nullable: true, resolve: (v) => v.hours.lunch?.start ?? null }),
    lunchEnd: t.string({ nullable: true, resolve: (v) => v.hours.lunch?.end ?? null }),
    hoursNotes: t.string({
      nullable: true,
      description: 'Holiday closures and the like',
      resolve: (v) => v.hours.notes,
    }),
    hoursText: t.exposeString('hoursText', { description: '"周一闭馆，9:00–12:00，14:30–17:30"' }),
    transport: t.exposeString('transport', { nullable: true }),
    entrance: t.exposeString('entrance', { nullable: true }),
    accessibility: t.exposeString('accessibility', { nullable: true }),
    isExample: t.exposeBoolean('isExample', { description: 'Demonstration values not yet confirmed by the archive' }),
  }),
});

builder.objectField(BranchRef, 'venueDetails', (t) =>
  t.loadable({
    type: VenueRef,
    nullable: true,
    description: "The archive's address, phone, hours and directions (null until recorded)",
    load: async (ids: number[], ctx: Context) => (await archiveVenues(ctx.db, ids)).map((v) => v ?? null),
    resolve: (branch) => branch.id,
  }),
);

builder.objectField(ExhibitionRef, 'venueDetails', (t) =>
  t.loadable({
    type: VenueRef,
    nullable: true,
    description: "Where the exhibition is held: its own venue when held elsewhere, else its archive's",
    // "exhibitionId:branchId": one query for a whole list.
    load: async (keys: string[], ctx: Context) => {
      const exhibitions = keys.map((key) => {
        const [id, branchId] = key.split(':').map(Number);
        return { id, branchId };
      });
      return (await exhibitionVenues(ctx.db, exhibitions)).map((v) => v ?? null);
    },
    resolve: (e) => `${e.id}:${e.branchId}`,
  }),
);

const VenueDayInput = builder.inputType('VenueDayInput', {
  fields: (t) => ({
    closed: t.boolean(),
    open: t.string({ required: false, description: "'HH:MM'" }),
    close: t.string({ required: false }),
  }),
});

const VenueInput = builder.inputType('VenueInput', {
  fields: (t) => ({
    address: t.string(),
    phone: t.string({ required: false }),
    latitude: t.float({ required: false, description: 'GCJ-02' }),
    longitude: t.float({ required: false, description: 'GCJ-02' }),
    hours: t.field({
      type: builder.inputType('VenueHoursInput', {
        fields: (h) => ({
          days: h.field({ type: [VenueDayInput], description: 'Monday to Sunday, seven entries' }),
          lunchStart: h.string({ required: false }),
          lunchEnd: h.string({ required: false }),
          notes: h.string({ required: false }),
        }),
      }),
    }),
    transport: t.string({ required: false }),
    entrance: t.string({ required: false }),
    accessibility: t.string({ required: false }),
  }),
});

/** Exactly one of branchId and exhibitionId names whose venue it is. */
function ownerOf(args: { branchId?: string | null; exhibitionId?: string | null }): VenueOwner {
  const { branchId, exhibitionId } = args;
  if ((branchId == null) === (exhibitionId == null)) {
    throw InputValidationError.single('branchId', '请指定档案馆或展览中的一个');
  }
  return branchId != null
    ? { kind: 'ARCHIVE', branchId: parseId(branchId, 'branchId') }
    : { kind: 'EXHIBITION', exhibitionId: parseId(exhibitionId as string, 'exhibitionId') };
}

/** The cached public reads a change of this venue may have been in. */
const staleAfter = (owner: VenueOwner): PublicTypename[] =>
  // Branch and Exhibition too: an answer in which the venue was still null names no Venue.
  owner.kind === 'ARCHIVE' ? ['Venue', 'Branch', 'Exhibition'] : ['Venue', 'Exhibition'];

const VenueEditingRef = builder.objectRef<VenueEditing>('VenueEditing');
VenueEditingRef.implement({
  description: 'What the staff page edits: an archive’s venue, or an exhibition’s own venue beside its archive’s',
  fields: (t) => ({
    ownerKind: t.field({ type: VenueOwnerKindEnum, resolve: (e) => e.ownerKind }),
    ownerId: t.id({ resolve: (e) => e.ownerId }),
    title: t.exposeString('title', { description: 'The archive’s name or the exhibition’s title' }),
    venue: t.field({ type: VenueRef, nullable: true, resolve: (e) => e.venue }),
    archiveVenue: t.field({
      type: VenueRef,
      nullable: true,
      description: 'For an exhibition: its archive’s venue, where it is held without one of its own',
      resolve: (e) => e.archiveVenue,
    }),
  }),
});

builder.queryField('staffVenue', (t) =>
  t.field({
    type: VenueEditingRef,
    description: 'The venue of an archive or an exhibition, for its editors',
    authScopes: ADMINISTRATOR_SCOPES,
    errors: { types: [InputValidationError, NotAuthorizedError, NotFoundError] },
    args: { branchId: t.arg.id({ required: false }), exhibitionId: t.arg.id({ required: false }) },
    resolve: (_root, args, ctx) => venueForEditing(depsOf(ctx), ctx.viewer, ownerOf(args)),
  }),
);

builder.mutationField('saveVenue', (t) =>
  t.field({
    type: VenueRef,
    description: "Saves an archive's venue, or an exhibition's own venue (held elsewhere)",
    authScopes: ADMINISTRATOR_SCOPES,
    errors: { types: [InputValidationError, NotAuthorizedError, NotFoundError] },
    args: {
      branchId: t.arg.id({ required: false }),
      exhibitionId: t.arg.id({ required: false }),
      venue: t.arg({ type: VenueInput }),
    },
    resolve: async (_root, args, ctx) => {
      const owner = ownerOf(args);
      const saved = await inMutation(ctx, (deps) => saveVenue(deps, ctx.viewer, owner, args.venue, auditSourceOf(ctx)));
      // Committed: citizens' cached pages must show it.
      await ctx.publicCache.invalidate(staleAfter(owner));
      return saved;
    },
  }),
);

builder.mutationField('useArchiveVenue', (t) =>
  t.field({
    type: ExhibitionRef,
    description: 'The exhibition is held at its archive again: its own venue is removed',
    authScopes: ADMINISTRATOR_SCOPES,
    errors: { types: [InputValidationError, NotAuthorizedError, NotFoundError] },
    args: { exhibitionId: t.arg.id() },
    resolve: async (_root, args, ctx) => {
      const exhibitionId = parseId(args.exhibitionId, 'exhibitionId');
      await inMutation(ctx, (deps) => useArchiveVenue(deps, ctx.viewer, exhibitionId, auditSourceOf(ctx)));
      await ctx.publicCache.invalidate(staleAfter({ kind: 'EXHIBITION', exhibitionId }));
      return exhibitionId;
    },
  }),
);
