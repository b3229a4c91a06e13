// Words of the signed-out pages besides login: registering a store, and getting back in after a
// forgotten password. auth.en.ts mirrors this shape.

export const authId = {
  toRegister: 'Belum punya akun? Daftar toko baru',
  toForgot: 'Lupa kata sandi?',
  toLogin: 'Sudah punya akun? Masuk',
  register: {
    title: 'Daftar toko baru',
    subtitle: 'Gratis. Akun dan toko Anda langsung siap dipakai.',
    name: 'Nama Anda',
    email: 'Email',
    phone: 'Nomor HP (WhatsApp)',
    phonePlaceholder: '0812…',
    phoneHint: 'Kode reset kata sandi dikirim ke WhatsApp nomor ini.',
    password: 'Kata sandi',
    passwordHint: 'Minimal 8 karakter.',
    storeName: 'Nama toko',
    storeNameHint: 'Boleh dikosongkan; bisa diubah nanti.',
    submit: 'Daftar',
    tooMany: 'Terlalu banyak pendaftaran dari jaringan ini. Tunggu sebentar, lalu coba lagi.',
  },
  forgot: {
    title: 'Lupa kata sandi',
    subtitle: 'Masukkan email atau nomor HP akun Anda. Kami kirim kode reset ke WhatsApp yang terdaftar.',
    submit: 'Kirim kode',
    tooMany: 'Kode sudah terlalu sering diminta. Tunggu sebentar, lalu coba lagi.',
    unavailable: 'WhatsApp sedang tidak bisa mengirim pesan. Coba lagi beberapa menit lagi.',
  },
  reset: {
    title: 'Buat kata sandi baru',
    sent: 'Jika akun itu ada, kode reset sudah dikirim ke WhatsApp-nya. Kode berlaku 30 menit.',
    token: 'Kode dari WhatsApp',
    password: 'Kata sandi baru',
    submit: 'Simpan kata sandi',
    invalid: 'Kode salah atau sudah kedaluwarsa. Minta kode baru.',
    again: 'Minta kode baru',
    done: 'Kata sandi sudah diganti. Silakan masuk dengan kata sandi baru.',
  },
  /** The contracts' messages for these forms, merged into the shared validation table. */
  validation: {
    'Name is required': 'Nama wajib diisi',
    'Name must be at most 120 characters': 'Nama maksimal 120 karakter',
    'Email is required': 'Email wajib diisi',
    'Enter a valid email address': 'Masukkan alamat email yang benar',
    'Phone number is required': 'Nomor HP wajib diisi',
    'Enter an Indonesian mobile number, e.g. 081234567890': 'Masukkan nomor HP Indonesia, mis. 081234567890',
    'Password must be at least 8 characters': 'Kata sandi minimal 8 karakter',
    'Password must be at most 128 characters': 'Kata sandi maksimal 128 karakter',
    'This email is already registered': 'Email ini sudah terdaftar. Masuk, atau pakai "Lupa kata sandi".',
    'This phone number is already registered':
      'Nomor HP ini sudah terdaftar. Masuk, atau pakai "Lupa kata sandi".',
    'Reset token is required': 'Kode wajib diisi',
    'Invalid reset token': 'Kode tidak lengkap. Salin seluruh kode dari WhatsApp.',
  } as Record<string, string>,
};
