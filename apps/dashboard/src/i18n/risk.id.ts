import type { RiskLevel } from '@bosonline/contracts';

// Risiko COD in Bahasa Indonesia; risk.en.ts mirrors this shape. The reasons themselves come from
// the server in both languages (each reason carries `id` and `en` text).

export const riskId = {
  title: 'Risiko COD',
  score: 'Skor risiko',
  scoreOf: (score: number) => `Skor ${Math.round(score * 100)}/100`,
  level: { low: 'Risiko rendah', medium: 'Risiko sedang', high: 'Risiko tinggi' } satisfies Record<
    RiskLevel,
    string
  >,
  shortLevel: { low: 'Rendah', medium: 'Sedang', high: 'Tinggi' } satisfies Record<RiskLevel, string>,
  reasons: 'Alasan utama',
  noReasons: 'Tidak ada tanda risiko.',
  notScored: 'Pesanan ini dibuat sebelum skor risiko ada.',
  filter: 'Risiko',
  allLevels: 'Semua risiko',
  downPayment: {
    title: 'Uang muka',
    amount: 'Uang muka',
    codAfter: 'Ditagih kurir setelah uang muka',
    codAmount: 'Ditagih kurir (COD)',
    paid: 'Sudah diterima',
    unpaid: 'Belum diterima',
    awaiting: (until: string) =>
      `Menunggu transfer uang muka sampai ${until}; batal otomatis jika belum diterima.`,
    confirm: 'Konfirmasi uang muka',
    modalTitle: (invoice: string) => `Konfirmasi uang muka ${invoice}`,
    confirmed: 'Uang muka dikonfirmasi; pesanan dikirim.',
  },
  confirmForBuyer: {
    button: 'Konfirmasi atas nama pembeli',
    question:
      'Pembeli sudah mengonfirmasi langsung (misalnya lewat telepon)? Pesanan akan dipesankan kurir sekarang.',
    done: 'Pesanan dikonfirmasi dan dipesankan kurir.',
  },
  awaiting: (until: string) =>
    `Menunggu konfirmasi pembeli lewat WhatsApp sampai ${until}; batal otomatis jika tidak dikonfirmasi.`,
  callBuyer:
    'Nomor pembeli tidak terdaftar di WhatsApp, jadi tidak ada pesan konfirmasi yang dikirim. Telepon pembeli untuk mengonfirmasi pesanan ini, lalu konfirmasi atau batalkan. Pesanan ini tidak batal otomatis.',
  policy: {
    title: 'Kebijakan risiko COD',
    intro:
      'Setiap pesanan mendapat skor risiko 0–1 dari riwayat toko Anda. Pesanan COD di atas ambang bisa ditahan sampai pembeli mengonfirmasi lewat WhatsApp.',
    threshold: 'Ambang skor',
    action: 'Tindakan di atas ambang',
    actions: {
      none: 'Tidak ada (hanya tampilkan skor)',
      hold_confirm: 'Tahan & minta konfirmasi WhatsApp',
      down_payment: 'Tahan & minta uang muka transfer',
    },
    confirmHours: 'Batas konfirmasi (jam)',
    paymentHours: 'Batas pembayaran uang muka (jam)',
    downPaymentPercent: 'Uang muka (% dari total)',
    downPaymentHint: 'Pembeli mentransfer uang muka ini dulu; kurir menagih sisanya saat COD.',
  },
};
