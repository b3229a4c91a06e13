import { codLedgerEn } from './cod-ledger.en.ts';
import { codLedgerId } from './cod-ledger.id.ts';
import type { WithSections } from './i18n.tsx';

/** The words of Kas COD, loaded with them (i18n.tsx `Sections`): `useT(codLedgerSection)`. */
export const codLedgerSection = { codLedger: { id: codLedgerId, en: codLedgerEn } };

/** The catalogue with them, as helpers are handed it. */
export type WithCodLedger = WithSections<typeof codLedgerSection>;
