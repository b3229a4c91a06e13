import { codFindingsExport } from '../cod-ledger/findings-export.ts';
import { formExport } from '../form/export.ts';
import { orderExport } from '../order/export.ts';
import { productDownloads } from '../product/export.ts';
import type { ExportSource } from './table-file.ts';

/**
 * Every table a seller's signed download link may name (`kind`), whichever domain it belongs to.
 * A domain registers its tables here; the domains import only the engine (table-file.ts), so
 * there is no circle between this list and them.
 */
export const downloadSources = {
  ...productDownloads,
  forms: formExport,
  orders: orderExport,
  codFindings: codFindingsExport,
} satisfies Record<string, ExportSource>;
export type DownloadKind = keyof typeof downloadSources;
