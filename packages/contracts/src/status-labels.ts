import type { OrderStatus } from './lifecycle.ts';

/**
 * Order statuses in the words an Indonesian seller and buyer read: the dashboard's badges, tabs
 * and timeline (its Indonesian messages take this table) and the printed invoice say the same.
 * The English dashboard keeps its own words in its English messages.
 */
export const orderStatusLabelsId = {
  unpaid: 'Belum bayar',
  paid: 'Sudah bayar',
  processing: 'Diproses',
  booking: 'Memesan kurir',
  awaiting_confirmation: 'Menunggu konfirmasi',
  ready_to_ship: 'Siap kirim',
  shipped: 'Dikirim',
  delivered: 'Diterima',
  returned: 'Retur',
  canceled: 'Dibatalkan',
  suspicious: 'Mencurigakan',
} satisfies Record<OrderStatus, string>;
