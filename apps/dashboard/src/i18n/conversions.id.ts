import type { ConversionTriggerName } from '@bosonline/contracts';

// Konversi iklan (Meta Conversions API, TikTok Events API) di pembuat formulir, in Bahasa
// Indonesia; conversions.en.ts mirrors this shape.

export const conversionsId = {
  title: 'Konversi iklan dari server',
  intro:
    'Kirim Purchase ke Meta dan TikTok dari server, dengan event id yang sama seperti pixel di browser, supaya iklan dioptimalkan untuk pesanan yang benar-benar jadi. Isi ID pixel di bagian Pixel iklan di atas.',
  metaToken: 'Access token Meta (Conversions API)',
  tiktokToken: 'Access token TikTok (Events API)',
  tokenHint: 'Hanya bisa diisi, tidak bisa dilihat lagi. Disimpan terenkripsi.',
  tokenSet: 'Tersimpan',
  tokenNotSet: 'Belum diisi',
  tokenPlaceholderSet: 'Isi untuk mengganti',
  removeToken: 'Hapus token',
  noPixel: 'Belum ada ID pixel: tidak ada yang dikirim ke platform ini.',
  codPurchaseOn: 'Purchase untuk pesanan COD dihitung saat',
  prepaidPurchaseOn: 'Purchase untuk transfer dan payment gateway dihitung saat',
  triggers: {
    created: 'Pesanan dibuat',
    paid: 'Pesanan dibayar',
    delivered: 'Pesanan diterima pembeli',
  } satisfies Record<ConversionTriggerName, string>,
  codHint:
    'Disarankan: diterima pembeli. Pesanan yang dibatalkan atau diretur tidak pernah dikirim; yang diterima lebih dari 7 hari setelah dipesan dilewati untuk Meta.',
  save: 'Simpan konversi',
  saved: 'Pengaturan konversi tersimpan.',
  removed: 'Token dihapus.',
  log: 'Log pengiriman konversi',
  logEmpty: 'Belum ada konversi yang dikirim dari formulir ini.',
  more: 'Muat lagi',
  attempts: (n: number) => `${n} kali dicoba`,
  lastChange: (at: string) => `terakhir dicoba ${at}`,
  orderLog: 'Konversi iklan',
  orderLogEmpty: 'Belum ada yang dikirim ke platform iklan untuk pesanan ini.',
  answer: 'Jawaban platform',
  status: { pending: 'Menunggu', sent: 'Terkirim', failed: 'Gagal', skipped: 'Dilewati' },
  platform: { meta: 'Meta', tiktok: 'TikTok' },
};
export type ConversionMessages = typeof conversionsId;
