export * from './booking/policy';
export * from './booking/rules';
export * from './identity/documents';
export * from './identity/masking';
export * from './identity/phone';
export * from './identity/resident-id';
export * from './time/business-time';
