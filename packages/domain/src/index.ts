export * from './dates';
export * from './eligibility';
export * from './format';
export * from './nik';
export * from './permissions';
export * from './pipeline';
export * from './regions';
export * from './roles';
