export * from './admin.ts';
export * from './auth.ts';
export * from './common.ts';
export * from './errors.ts';
export * from './phone.ts';
export * from './profile.ts';
export * from './session.ts';
export * from './transformer.ts';
