import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';

/**
 * floating-ui's `useMergeRefs(refs)`, as Mantine's ScrollArea calls it, done by Mantine's own
 * ref-merging hook (which ScrollArea's other parts already use): build/scroll-area-refs.ts.
 */
export function useMergeRefs<T>(refs: (Ref<T> | undefined)[]) {
  return useMergedRef(...refs);
}
