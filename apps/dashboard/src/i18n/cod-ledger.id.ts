// Words of the "Kas COD" page (the COD cash ledger), in Bahasa Indonesia. cod-ledger.en.ts mirrors it.

export const codLedgerId = {
  title: 'Kas COD',
  intro: 'Uang COD yang dipegang kurir: yang sudah disetor, yang masih di kurir, dan yang tidak cocok.',
  range: (from: string, to: string) => `${from} s.d. ${to}`,
  cards: {
    inTransit: 'Kas di kurir',
    inTransitHint: (n: number) => `${n} paket terkirim, belum disetor`,
    overdue: 'Terlambat disetor',
    overdueHint: (n: number, days: number) => `${n} paket lewat ${days} hari`,
    remitted: 'Sudah disetor',
    net: 'Bersih untuk toko',
    rangeHint: '30 hari terakhir',
  },
  buckets: {
    title: 'Umur kas di kurir',
    names: { '0-7': '0–7 hari', '8-14': '8–14 hari', '15-30': '15–30 hari', '31+': 'Lebih dari 30 hari' },
    orders: (n: number) => `${n} paket`,
  },
  table: {
    tableLabel: 'Tabel per hari dan kurir',
    title: 'Per hari dan kurir',
    caption: 'Tanggal terkirim atau retur (WIB), 30 hari terakhir',
    day: 'Tanggal',
    courier: 'Kurir',
    parcels: 'Paket',
    parcelsValue: (delivered: number, returned: number) =>
      returned ? `${delivered} + ${returned} retur` : `${delivered}`,
    expected: 'Seharusnya',
    remitted: 'Disetor',
    outstanding: 'Selisih',
    charges: 'Ongkir, biaya COD, asuransi',
    rts: 'Biaya retur',
    net: 'Bersih',
    total: 'Total',
    empty: 'Belum ada paket COD yang terkirim atau diretur dalam 30 hari terakhir.',
  },
  upload: {
    title: 'Unggah setoran kurir',
    hint: 'File CSV atau XLSX: kolom AWB (resi) dan jumlah wajib; tanggal dan referensi boleh ada.',
    drop: 'Tarik file ke sini atau klik untuk memilih',
    checking: 'Memeriksa file…',
    previewTitle: (name: string) => `Pratinjau: ${name}`,
    summary: (rows: number, matched: number, unknown: number) =>
      `${rows} baris: ${matched} cocok dengan pesanan, ${unknown} AWB tidak dikenal.`,
    skipped: (n: number) => `${n} baris sudah tercatat dari file sebelumnya dan akan dilewati.`,
    duplicate: 'File ini sudah pernah diunggah; tidak ada yang berubah.',
    noFindings: 'Tidak ada selisih untuk AWB di file ini.',
    save: 'Simpan setoran',
    cancel: 'Batal',
    saved: 'Setoran disimpan.',
  },
  findings: {
    tableLabel: 'Tabel temuan',
    title: 'Temuan',
    kind: 'Jenis temuan',
    all: 'Semua',
    empty: 'Tidak ada temuan: setoran cocok dengan pesanan.',
    kinds: {
      short_paid: 'Kurang bayar',
      paid_twice: 'Dibayar dua kali',
      not_remitted: 'Belum disetor',
      unknown_awb: 'AWB bukan milik toko',
    },
    column: {
      kind: 'Temuan',
      awb: 'AWB',
      invoice: 'Invoice',
      expected: 'Seharusnya',
      remitted: 'Disetor',
      sources: 'Sumber',
    },
    download: 'Unduh temuan',
    downloadFailed: 'File belum bisa dibuat. Coba lagi.',
  },
};

export type CodLedgerMessages = typeof codLedgerId;
