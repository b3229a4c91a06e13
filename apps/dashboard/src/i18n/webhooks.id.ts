import type { WebhookEventType } from '@bosonline/contracts';

// Pengaturan → Webhook in Bahasa Indonesia; webhooks.en.ts mirrors this shape.

export const webhooksId = {
  intro:
    'Kirim kejadian pesanan ke sistem Anda sendiri (ERP, gudang, chatbot). Setiap kiriman ditandatangani dengan rahasia webhook (header X-Bos-Signature).',
  add: 'Tambah webhook',
  addTitle: 'Webhook baru',
  url: 'URL tujuan',
  urlHint: 'Harus https:// dengan alamat publik.',
  events: 'Kejadian',
  eventNames: {
    'order.created': 'Pesanan dibuat',
    'order.status_changed': 'Status pesanan berubah',
    'order.paid': 'Pesanan dibayar',
    'order.awb_assigned': 'Nomor resi terbit',
    'order.delivered': 'Pesanan diterima',
    'order.returned': 'Pesanan diretur',
  } satisfies Record<WebhookEventType, string>,
  emptyTitle: 'Belum ada webhook',
  empty: 'Tambahkan URL sistem Anda agar menerima kejadian pesanan secara otomatis.',
  active: 'Aktif',
  inactive: 'Nonaktif',
  activate: 'Aktifkan',
  deactivate: 'Nonaktifkan',
  created: 'Webhook ditambahkan.',
  deleted: 'Webhook dihapus.',
  confirmDelete: (url: string) => `Hapus webhook ke ${url}? Kiriman yang belum terkirim ikut dihapus.`,
  secretTitle: 'Rahasia penandatangan',
  secretOnce:
    'Simpan rahasia ini sekarang: ini satu-satunya saat ia ditampilkan. Sistem Anda memakainya untuk memeriksa header X-Bos-Signature.',
  secretDone: 'Sudah saya simpan',
  rotate: 'Ganti rahasia',
  confirmRotate:
    'Ganti rahasia sekarang? Rahasia lama langsung tidak berlaku; kiriman yang gagal karena itu akan dicoba ulang selama 24 jam.',
  ping: 'Kirim tes',
  pingOk: (status: number) => `Tes terkirim: sistem Anda menjawab ${status}.`,
  pingFailed: (reason: string) => `Tes gagal: ${reason}`,
  log: 'Riwayat kiriman',
  hideLog: 'Tutup riwayat',
  logEmpty: 'Belum ada kiriman.',
  event: 'Kejadian',
  status: 'Status',
  answer: 'Jawaban',
  attempts: (n: number) => `${n}× dicoba`,
  nextAttempt: (at: string) => `coba lagi ${at}`,
  deliveryStatus: { pending: 'Menunggu', delivered: 'Terkirim', failed: 'Gagal' },
  redeliver: 'Kirim ulang',
  redelivered: 'Dijadwalkan untuk dikirim ulang.',
  more: 'Muat lebih banyak',
  noAnswer: 'tidak ada jawaban',
};
export type WebhookMessages = typeof webhooksId;
