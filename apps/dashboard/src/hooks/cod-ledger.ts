import type { CodFindingKind } from '@bosonline/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

// The "Kas COD" page's data: the report, the findings (both over a range of WIB days), and the
// remittance upload (previewed first).

/**
 * WIB days, `from` to `to` inclusive, as the URL names them; either left out, the server picks
 * (the last 30 days up to today) and says which in its answer.
 */
export interface DayRange {
  from?: string | undefined;
  to?: string | undefined;
}

export function useCodReport(range: DayRange) {
  const trpc = useTRPC();
  return useQuery(trpc.codLedger.report.queryOptions(range, { placeholderData: keepPreviousData }));
}

export function useCodFindings(kind: CodFindingKind | undefined, range: DayRange) {
  const trpc = useTRPC();
  return useQuery(
    trpc.codLedger.findings.queryOptions({ kind, ...range }, { placeholderData: keepPreviousData }),
  );
}

/** Uploads a remittance file (FormData: `file`, and `preview=true` to record nothing). */
export function useCodUpload() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.codLedger.upload.mutationOptions({
      onSuccess: (answer) => {
        if (!answer.preview) void queryClient.invalidateQueries({ queryKey: trpc.codLedger.pathKey() });
      },
    }),
  );
}

/** A 5-minute link to the findings (of one kind or all, within the range) as CSV or XLSX. */
export function useCodFindingsLink() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (kind: CodFindingKind | undefined, range: DayRange, format: 'csv' | 'xlsx') =>
    queryClient.fetchQuery({
      ...trpc.codLedger.exportFindings.queryOptions({ kind, ...range, format }),
      staleTime: 0,
    });
}

/**
 * The platform console's report: every store's (or one store's) COD cash with its couriers and its
 * findings within the range (admin realm client).
 */
export function useAdminCodLedger(input: DayRange & { storeId?: string }) {
  const trpc = useTRPC();
  return useQuery(trpc.admin.codLedger.report.queryOptions(input, { placeholderData: keepPreviousData }));
}
