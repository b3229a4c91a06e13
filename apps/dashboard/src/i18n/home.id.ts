import type { onboardingSteps } from '@bosonline/contracts';

// Words of Beranda (the home page) and of the notifications bell in the header. home.en.ts
// mirrors this shape.

type StepWords = Record<(typeof onboardingSteps)[number], { title: string; description: string }>;

export const homeId = {
  greeting: (name: string) => `Halo, ${name}`,
  intro: 'Ringkasan pesanan toko Anda.',
  toPay: 'Menunggu pembayaran',
  toProcess: 'Perlu diproses',
  toShip: 'Siap kirim',
  allOrders: 'Semua pesanan',
  openOrders: 'Buka daftar pesanan',
  held: {
    title: 'Pesanan ditahan, perlu ditinjau',
    suspicious: (n: number) => `${n} pesanan ditahan Order Shield: tinjau sebelum batal otomatis`,
    awaiting: (n: number) => `${n} pesanan COD menunggu konfirmasi pembeli`,
  },
  invitations: {
    title: 'Undangan bergabung',
    intro: 'Toko ini menambahkan Anda ke timnya. Anda baru bisa membukanya setelah menerima.',
    invite: (store: string, role: string) => `${store} · ${role}`,
    from: (name: string | null, date: string) =>
      name ? `Diundang oleh ${name}, ${date}` : `Diundang ${date}`,
    accept: 'Terima',
    decline: 'Tolak',
    acceptNamed: (store: string) => `Terima undangan ${store}`,
    declineNamed: (store: string) => `Tolak undangan ${store}`,
    accepted: (store: string) => `Anda sekarang anggota tim ${store}.`,
    joinedTitle: (store: string) => `Bergabung dengan ${store}`,
    joinedBody: 'Buka toko ini sekarang, atau nanti lewat pengganti toko di bagian atas.',
    switchTo: (store: string) => `Buka ${store} sekarang`,
    stay: 'Nanti saja',
    declined: 'Undangan ditolak.',
  },
  onboarding: {
    title: 'Siapkan toko Anda',
    progress: (done: number, total: number) => `${done} dari ${total} langkah selesai`,
    done: 'Selesai',
    notDone: 'Belum',
    hide: 'Sembunyikan',
    steps: {
      storeProfile: {
        title: 'Lengkapi profil toko',
        description: 'Tambahkan logo dan nomor WhatsApp CS yang dihubungi pembeli.',
      },
      warehouse: { title: 'Tambahkan gudang', description: 'Kurir menjemput paket dari alamat gudang Anda.' },
      bankAccount: {
        title: 'Tambahkan rekening bank',
        description: 'Pembeli yang bayar transfer membayar ke rekening aktif Anda.',
      },
      product: {
        title: 'Tambahkan produk pertama',
        description: 'Produk beserta varian dan stoknya yang dijual lewat form pesanan.',
      },
      subdomain: {
        title: 'Pilih subdomain',
        description: 'Form pesanan Anda tampil di nama-anda.bosonline.id.',
      },
    } satisfies StepWords,
  },
  recap: {
    title: 'Penjualan',
    today: 'Hari ini',
    week: '7 hari terakhir',
    month: '30 hari terakhir',
    orders: 'Pesanan masuk',
    sold: 'Terjual',
    revenue: 'Pendapatan',
    note: 'Menurut tanggal pesanan dibuat (WIB). Terjual dan pendapatan tidak menghitung pesanan yang ditahan (menunggu konfirmasi pembeli atau ditahan Order Shield) dan yang dibatalkan.',
  },
  chart: {
    title: 'Penjualan 30 hari terakhir',
    metric: 'Tampilkan',
    revenue: 'Pendapatan',
    orders: 'Pesanan',
    summary: (orders: number, sold: number, revenue: string, best: string | null) =>
      `${orders} pesanan masuk, ${sold} terjual, pendapatan ${revenue} dalam 30 hari terakhir.${best ? ` Hari terbaik: ${best}.` : ''}`,
    emptyTitle: 'Belum ada pesanan',
    empty: 'Grafik penjualan muncul di sini setelah pesanan pertama masuk dalam 30 hari terakhir.',
    emptyAction: 'Siapkan form pesanan',
  },
  announcements: { title: 'Pengumuman', empty: 'Belum ada pengumuman.' },
  tips: { title: 'Tips berjualan', empty: 'Belum ada tips.' },
  readMore: 'Baca selengkapnya',
  notifications: {
    title: 'Notifikasi',
    button: (unread: number) => (unread > 0 ? `Notifikasi, ${unread} belum dibaca` : 'Notifikasi'),
    markAllRead: 'Tandai semua dibaca',
    markRead: 'Tandai dibaca',
    unread: 'Belum dibaca',
    empty: 'Belum ada notifikasi.',
    open: 'Lihat',
    close: 'Tutup notifikasi',
  },
};
