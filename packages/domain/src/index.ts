export * from './format';
export * from './permissions';
export * from './regions';
export * from './roles';
