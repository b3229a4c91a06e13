import type { AppRouter } from '@bosonline/api';
import type { BosErrorShape } from './errors.ts';

// Compile-time checks only (typecheck reads this file; the build never does): the SDK's own
// declarations of server types must stay identical to what the server really has.

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

export type ErrorShapeMatchesServer = Assert<
  Same<AppRouter['_def']['_config']['$types']['errorShape'], BosErrorShape>
>;
