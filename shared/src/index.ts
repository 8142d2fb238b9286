// Everything the client and the server share, by feature: business time, identity documents and names,
// the vocabularies, policy and form models of visits, the archives and the rules and models of archive lookups,
// working days, the notifications (kinds, delivery statuses, WeChat templates and field rules), the upload endpoint's contract, and the mapping of model issues to field errors.
export * from './archives/branches';
export * from './content/categories';
export * from './identity/documents';
export * from './identity/masking';
export * from './identity/names';
export * from './identity/phone';
export * from './identity/resident-id';
export * from './identity/staff-roles';
export * from './lookup/clue-models';
export * from './lookup/due-dates';
export * from './lookup/numbers';
export * from './lookup/request-models';
export * from './lookup/required-documents';
export * from './lookup/status-machine';
export * from './lookup/suggest-archive';
export * from './lookup/vocabularies';
export * from './notifications/delivery-statuses';
export * from './notifications/fields';
export * from './notifications/notices';
export * from './time/business-time';
export * from './time/months';
export * from './time/working-days';
export * from './uploads/uploads';
export * from './validation/checks';
export * from './validation/field-errors';
export * from './validation/text';
export * from './visits/booking-models';
export * from './visits/exhibition-model';
export * from './visits/limits';
export * from './visits/policy';
export * from './visits/policy-model';
export * from './visits/rules';
export * from './visits/staff-models';
export * from './visits/statuses';
export * from './visits/visitor-models';
