import type { Db } from '../client.ts';

/**
 * Banks sellers can receive transfers in, by the short code buyers and the BosCOD API use.
 * Logos are served from the dashboard's static assets under this path.
 */
export const banks: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'BCA', name: 'BANK CENTRAL ASIA' },
  { code: 'BRI', name: 'BANK RAKYAT INDONESIA' },
  { code: 'BNI', name: 'BANK NEGARA INDONESIA' },
  { code: 'MANDIRI', name: 'BANK MANDIRI' },
  { code: 'BSI', name: 'BANK SYARIAH INDONESIA' },
  { code: 'CIMB', name: 'BANK CIMB NIAGA' },
  { code: 'PERMATA', name: 'BANK PERMATA' },
  { code: 'DANAMON', name: 'BANK DANAMON' },
  { code: 'BTN', name: 'BANK TABUNGAN NEGARA' },
  { code: 'MEGA', name: 'BANK MEGA' },
  { code: 'OCBC', name: 'BANK OCBC NISP' },
  { code: 'PANIN', name: 'BANK PANIN' },
  { code: 'MAYBANK', name: 'BANK MAYBANK INDONESIA' },
  { code: 'BJB', name: 'BANK BJB' },
  { code: 'JAGO', name: 'BANK JAGO' },
  { code: 'SEABANK', name: 'SEABANK INDONESIA' },
  { code: 'BLU', name: 'BLU BY BCA DIGITAL' },
  { code: 'JENIUS', name: 'JENIUS (BANK SMBC INDONESIA)' },
];

export const bankLogoPath = (code: string) => `uploads/bank/${code.toLowerCase()}.jpg`;

export async function seedBanks(db: Db): Promise<void> {
  await db.bank.createMany({
    data: banks.map((bank) => ({ ...bank, logoUrl: bankLogoPath(bank.code) })),
    skipDuplicates: true,
  });
}
