import { useQueryClient } from '@tanstack/react-query';
import { session } from '../api/session.ts';

/**
 * Acts in another store from the next call: the switcher's way, and the one Beranda offers right
 * after an invitation is accepted.
 */
export function useSwitchStore() {
  const queryClient = useQueryClient();
  return (storeId: string) => {
    // The same client acts in the other store from the next call. Another store's data must
    // never show under this one's name: every cached answer is dropped, and what is on screen
    // is asked again (a plain remove would leave mounted queries without data or a refetch).
    session.switchStore(storeId);
    void queryClient.resetQueries();
  };
}
