import type { CodFindingKind } from '@bosonline/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../api/trpc.ts';

// The "Kas COD" page's data: the report, the findings, and the remittance upload (previewed first).

export function useCodReport() {
  const trpc = useTRPC();
  return useQuery(trpc.codLedger.report.queryOptions({}));
}

export function useCodFindings(kind: CodFindingKind | undefined) {
  const trpc = useTRPC();
  return useQuery(trpc.codLedger.findings.queryOptions({ kind }));
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

/** A 5-minute link to the findings as CSV or XLSX. */
export function useCodFindingsLink() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (kind: CodFindingKind | undefined, format: 'csv' | 'xlsx') =>
    queryClient.fetchQuery({ ...trpc.codLedger.exportFindings.queryOptions({ kind, format }), staleTime: 0 });
}

/** The platform console's report: every store's COD cash with its couriers (admin realm client). */
export function useAdminCodLedger() {
  const trpc = useTRPC();
  return useQuery(trpc.admin.codLedger.report.queryOptions({}));
}
