import { codLedgerEn } from './cod-ledger.en.ts';
import { type CodLedgerMessages, codLedgerId } from './cod-ledger.id.ts';
import type { Messages } from './messages.id.ts';

/** The words of Kas COD, loaded with them (i18n.tsx `Sections`): `useT(codLedgerSection)`. */
export const codLedgerSection = { codLedger: { id: codLedgerId, en: codLedgerEn } };

/** The catalogue with them, as helpers are handed it. */
export type WithCodLedger = Messages & { codLedger: CodLedgerMessages };
