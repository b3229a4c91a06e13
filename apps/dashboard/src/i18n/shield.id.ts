import type { ShieldBlockKind, ShieldReasonCode } from '@bosonline/contracts';

// Order Shield (pesanan mencurigakan, daftar blokir, aturan formulir) in Bahasa Indonesia;
// shield.en.ts mirrors this shape.

export const shieldId = {
  reason: {
    name_too_short: 'Nama terlalu pendek',
    address_too_short: 'Alamat terlalu pendek',
    phone_velocity: 'Terlalu sering dari nomor ini',
    ip_velocity: 'Terlalu sering dari IP ini',
    whatsapp_invalid: 'Nomor tidak ada di WhatsApp',
    blocked_word: 'Kata terlarang',
    blocked_phone: 'Nomor diblokir',
    blocked_ip: 'IP diblokir',
    blocked_device: 'Perangkat diblokir',
  } satisfies Record<ShieldReasonCode, string>,
  heldTitle: 'Ditahan Order Shield',
  heldIntro: (until: string) =>
    `Pesanan belum dikirim ke kurir. Bila tidak ditinjau sampai ${until}, pesanan batal otomatis dan stok kembali.`,
  /** A block-list hold took no stock: "Bukan spam" takes it, if it is still there. */
  heldIntroBlocked: (until: string) =>
    `Pesanan belum dikirim ke kurir dan belum memotong stok; stok diambil saat Anda memilih "Bukan spam". Bila tidak ditinjau sampai ${until}, pesanan batal otomatis.`,
  /** An order's page once its hold is over: a past-tense line, no decisions left. */
  pastTitle: 'Riwayat Order Shield',
  past: {
    shield_released: (by: string | null) => `Dilepas dari Order Shield oleh ${by ?? 'sistem'}`,
    shield_spam: (by: string | null) => `Dibatalkan sebagai spam oleh ${by ?? 'sistem'}`,
    shield_expired: (_by: string | null) => 'Batal otomatis: tidak ditinjau selama ditahan Order Shield',
  },
  release: 'Bukan spam',
  spam: 'Spam',
  ban: 'Blokir pembeli',
  released: 'Pesanan dilepas dan diproses seperti biasa.',
  spammed: 'Pesanan dibatalkan sebagai spam.',
  banned: (n: number) => `${n} data pembeli masuk daftar blokir.`,
  banReason: 'Alasan blokir',
  banConfirm: 'Nomor HP dan perangkat pembeli ini masuk daftar blokir toko.',
  banIncludeIp: 'Blokir juga alamat IP pembeli',
  banIncludeIpWarning:
    'Hati-hati: satu IP sering dipakai bersama (jaringan kantor, operator seluler). Pesanan pembeli lain dari IP itu juga akan ditahan.',
  spamConfirm: 'Batalkan pesanan ini sebagai spam? Stok dan voucher kembali.',
  conflict: 'Pesanan ini sudah diputuskan. Halaman dimuat ulang.',
  // Pengaturan → Daftar blokir
  blocks: {
    intro:
      'Pesanan dari nomor HP, IP atau perangkat di daftar ini ditahan sebagai mencurigakan. Pembeli tidak diberi tahu.',
    kind: { phone: 'Nomor HP', ip: 'Alamat IP', device: 'ID perangkat' } satisfies Record<
      ShieldBlockKind,
      string
    >,
    kindLabel: 'Jenis',
    allKinds: 'Semua jenis',
    value: 'Nilai',
    reason: 'Alasan',
    addedBy: 'Ditambahkan oleh',
    add: 'Tambah ke daftar',
    added: 'Ditambahkan ke daftar blokir.',
    remove: 'Hapus',
    removeNamed: (value: string) => `Hapus ${value} dari daftar blokir`,
    removeConfirm: (value: string) => `Hapus ${value} dari daftar blokir?`,
    removed: 'Dihapus dari daftar blokir.',
    search: 'Cari nilai atau alasan',
    none: 'Daftar blokir masih kosong.',
  },
  // Form builder section
  rules: {
    title: 'Order Shield',
    intro:
      'Pesanan yang melanggar aturan ini disimpan tetapi ditahan di tab Mencurigakan, tanpa pesan kurir.',
    enabled: 'Aktifkan aturan',
    minNameLength: 'Panjang nama minimal',
    minAddressLength: 'Panjang alamat minimal',
    maxOrdersPerPhonePerHour: 'Maks. pesanan per nomor per jam (0 = tanpa batas)',
    maxOrdersPerIpPerHour: 'Maks. pesanan per IP per jam (0 = tanpa batas)',
    holdInvalidWhatsapp: 'Tahan nomor yang tidak ada di WhatsApp',
    blockedWords: 'Kata terlarang (nama, alamat, catatan)',
    blockedWordsHint: 'Tekan Enter setelah setiap kata',
  },
};
export type ShieldMessages = typeof shieldId;
