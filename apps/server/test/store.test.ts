import { fieldErrors } from '@bosonline/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageForm, pngImage } from './catalog-fixtures.ts';
import { expectError, newSeller, sellerClient, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: true });
});
afterAll(() => server?.close());

let slugCounter = 0;
function uniqueSlug(prefix = 'toko') {
  slugCounter += 1;
  return `${prefix}-${process.pid}-${slugCounter}`;
}

/** A second user who is a cs member of `storeId`, acting in that store. */
async function csMemberOf(storeId: string) {
  const staff = newSeller();
  const tokens = await server.client().auth.register.mutate(staff);
  const user = await server.db.user.findUniqueOrThrow({ where: { email: staff.email } });
  await server.db.storeMember.create({ data: { storeId, userId: user.id, role: 'cs' } });
  return server.client({ token: tokens.accessToken, storeId });
}

async function adminClient() {
  const client = server.client();
  await client.admin.auth.login.mutate({ email: 'admin@bosonline.id', password: 'admin12345' });
  return client;
}

describe('store profile', () => {
  it('reads and edits the store: logo, CS phone, social media', async () => {
    const { client, storeId } = await sellerClient(server, { storeName: 'Toko Kopi' });
    const store = await client.store.get.query();
    expect(store).toMatchObject({
      id: storeId,
      logoUrl: null,
      csPhone: null,
      socialMedia: [],
      slug: null,
      url: null,
      defaultDomain: null,
    });

    const edited = await client.store.update.mutate({
      name: 'Toko Kopi Mantap',
      description: '  Kopi arabika pilihan  ',
      logoUrl: '/files/logos/abc.png',
      csPhone: '0897 6518 3712',
      socialMedia: [
        { name: 'instagram', url: 'https://instagram.com/tokokopi' },
        { name: 'tiktok', url: 'https://www.tiktok.com/@tokokopi' },
      ],
    });
    expect(edited).toMatchObject({
      name: 'Toko Kopi Mantap',
      description: 'Kopi arabika pilihan',
      logoUrl: '/files/logos/abc.png',
      csPhone: '6289765183712',
      socialMedia: [{ name: 'instagram' }, { name: 'tiktok' }],
    });
    // Absent fields stay; null clears.
    const cleared = await client.store.update.mutate({
      logoUrl: 'https://cdn.example.com/logo.png',
      description: null,
    });
    expect(cleared).toMatchObject({ name: 'Toko Kopi Mantap', description: null, csPhone: '6289765183712' });
    expect(cleared.logoUrl).toBe('https://cdn.example.com/logo.png');

    const bad = await expectError(
      client.store.update.mutate({
        logoUrl: 'http://example.com/logo.png',
        socialMedia: [
          { name: 'myspace' as 'facebook', url: 'https://myspace.com/x' },
          { name: 'facebook', url: 'javascript:alert(1)' },
        ],
      }),
      'BAD_REQUEST',
    );
    expect(Object.keys(fieldErrors(bad)).sort()).toEqual([
      'logoUrl',
      'socialMedia.0.name',
      'socialMedia.1.url',
    ]);
    await expectError(client.store.update.mutate({ logoUrl: '/files/../secret' }), 'BAD_REQUEST');
    const tooMany = Array.from({ length: 11 }, () => ({
      name: 'website' as const,
      url: 'https://example.com',
    }));
    const many = await expectError(client.store.update.mutate({ socialMedia: tooMany }), 'BAD_REQUEST');
    expect(fieldErrors(many).socialMedia?.[0]).toMatch(/At most 10/);
    await expectError(client.store.update.mutate({}), 'BAD_REQUEST');
  });

  it('uploads a logo as WebP served under /files/, which becomes the logo only once saved', async () => {
    const { client } = await sellerClient(server);
    const { url } = await client.store.uploadLogo.mutate(imageForm(await pngImage(600, 300), 'logo.png'));
    expect(url).toMatch(/^\/files\/stores\/.+\/logo\/.+\.webp$/);
    const served = await fetch(`${server.url}${url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect((await client.store.get.query()).logoUrl).toBeNull();
    expect((await client.store.update.mutate({ logoUrl: url })).logoUrl).toBe(url);

    const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
    const refused = await expectError(
      client.store.uploadLogo.mutate(imageForm(pdf, 'logo.png')),
      'BAD_REQUEST',
    );
    expect(fieldErrors(refused).file?.[0]).toMatch(/Only JPEG, PNG, WebP or GIF/);
    expect((await client.store.get.query()).logoUrl).toBe(url);
  });

  it('lets a cs member read the store but refuses every write with 403', async () => {
    const owner = await sellerClient(server);
    const cs = await csMemberOf(owner.storeId);
    expect((await cs.store.get.query()).id).toBe(owner.storeId);
    expect((await cs.store.onboarding.query()).total).toBe(5);
    await expectError(cs.store.update.mutate({ name: 'Hijacked' }), 'FORBIDDEN');
    await expectError(cs.store.uploadLogo.mutate(imageForm(await pngImage(100, 100))), 'FORBIDDEN');
    await expectError(cs.store.setSubdomain.mutate({ slug: uniqueSlug() }), 'FORBIDDEN');
    await expectError(cs.store.addDomain.mutate({ hostname: 'cs.example.com' }), 'FORBIDDEN');
    await expectError(cs.store.dismissOnboarding.mutate(), 'FORBIDDEN');
    await expectError(cs.store.markNotificationsRead.mutate({ all: true }), 'FORBIDDEN');
    expect((await owner.client.store.get.query()).slug).toBeNull();
  });
});

describe('subdomain', () => {
  it('checks and sets a subdomain: invalid, reserved, taken, own', async () => {
    const a = await sellerClient(server);
    const b = await sellerClient(server);
    const slug = uniqueSlug();

    expect(await a.client.store.checkSubdomain.query({ slug: ` ${slug.toUpperCase()} ` })).toEqual({
      slug,
      available: true,
      reason: null,
    });
    const set = await a.client.store.setSubdomain.mutate({ slug: slug.toUpperCase() });
    expect(set).toMatchObject({
      slug,
      url: `https://${slug}.bosonline.id`,
      defaultDomain: `${slug}.bosonline.id`,
    });
    expect(await a.client.store.checkSubdomain.query({ slug })).toMatchObject({ available: true });

    expect(await b.client.store.checkSubdomain.query({ slug })).toEqual({
      slug,
      available: false,
      reason: 'This subdomain is already taken',
    });
    const taken = await expectError(b.client.store.setSubdomain.mutate({ slug }), 'CONFLICT');
    expect(fieldErrors(taken).slug).toEqual(['This subdomain is already taken']);

    expect(await b.client.store.checkSubdomain.query({ slug: 'admin' })).toMatchObject({
      available: false,
      reason: 'This subdomain is reserved',
    });
    const reserved = await expectError(b.client.store.setSubdomain.mutate({ slug: 'checkout' }), 'CONFLICT');
    expect(fieldErrors(reserved).slug).toBeDefined();

    for (const invalid of ['ab', '-toko', 'toko-', 'toko_kopi', 'toko.kopi', 'x'.repeat(64)]) {
      const checked = await b.client.store.checkSubdomain.query({ slug: invalid });
      expect(checked.available, invalid).toBe(false);
      expect(checked.reason).toMatch(/Subdomain/);
      const error = await expectError(b.client.store.setSubdomain.mutate({ slug: invalid }), 'BAD_REQUEST');
      expect(fieldErrors(error).slug, invalid).toBeDefined();
    }

    // Moving to a new subdomain frees the old one.
    const moved = uniqueSlug();
    await a.client.store.setSubdomain.mutate({ slug: moved });
    expect((await b.client.store.setSubdomain.mutate({ slug })).slug).toBe(slug);
  });

  it('answers at the REST paths', async () => {
    const { token } = await sellerClient(server);
    const slug = uniqueSlug('rest');
    const check = await server.rest('GET', `/store/subdomain/check?slug=${slug}`, { token });
    expect(check).toMatchObject({
      status: 200,
      body: { message: 'Subdomain is available', data: { available: true } },
    });
    const created = await server.rest('POST', '/store/subdomain', { token, body: { slug } });
    expect(created).toMatchObject({
      status: 201,
      body: { data: { slug, default_domain: `${slug}.bosonline.id` } },
    });
    const reserved = await server.rest('PUT', '/store/subdomain', { token, body: { slug: 'www' } });
    expect(reserved.status).toBe(409);
    expect(reserved.body.errors?.slug).toBeDefined();
    const invalid = await server.rest('PUT', '/store/subdomain', { token, body: { slug: 'a_b' } });
    expect(invalid.status).toBe(400);
    const store = await server.rest('GET', '/store', { token });
    expect(store.body.data).toMatchObject({ slug, url: `https://${slug}.bosonline.id`, social_media: [] });
    const updated = await server.rest('PUT', '/store', {
      token,
      body: {
        cs_phone: '081234567890',
        social_media: [{ name: 'whatsapp', url: 'https://wa.me/6281234567890' }],
      },
    });
    expect(updated).toMatchObject({ status: 200, body: { data: { cs_phone: '6281234567890' } } });
  });
});

describe('custom domains', () => {
  it('adds a domain, verifies it through DNS TXT and makes it the default', async () => {
    const { client } = await sellerClient(server);
    const slug = uniqueSlug();
    await client.store.setSubdomain.mutate({ slug });
    const hostname = `shop-${slug}.example.com`;

    const added = await client.store.addDomain.mutate({ hostname: ` https://${hostname.toUpperCase()}/ ` });
    expect(added).toMatchObject({ hostname, status: 'pending', isDefault: false, verifiedAt: null });
    expect(added.txtRecord).toMatchObject({ type: 'TXT', name: `_bosonline.${hostname}` });
    expect(added.txtRecord.value).toMatch(/^bosonline-verify=[A-Za-z0-9_-]{20,}$/);

    const pendingDefault = await expectError(
      client.store.setDefaultDomain.mutate({ id: added.id }),
      'CONFLICT',
    );
    expect((pendingDefault as Error).message).toMatch(/verified/);

    const missing = await client.store.verifyDomain.mutate({ id: added.id });
    expect(missing).toMatchObject({ verified: false, found: [], expected: added.txtRecord });
    expect(missing.message).toMatch(/No TXT record found/);
    expect(missing.domain.status).toBe('pending');
    expect(missing.domain.lastCheckedAt).toBeInstanceOf(Date);

    server.dns.publish(added.txtRecord.name, 'bosonline-verify=someone-elses-token');
    const wrong = await client.store.verifyDomain.mutate({ id: added.id });
    expect(wrong).toMatchObject({ verified: false, found: ['bosonline-verify=someone-elses-token'] });
    expect(wrong.message).toMatch(/does not hold the expected value/);
    expect((await client.store.notifications.query()).items).toEqual([]);

    server.dns.publish(added.txtRecord.name, added.txtRecord.value);
    const ok = await client.store.verifyDomain.mutate({ id: added.id });
    expect(ok).toMatchObject({ verified: true, domain: { status: 'verified' } });
    expect(ok.domain.verifiedAt).toBeInstanceOf(Date);
    // Checking again changes nothing and does not notify twice.
    expect((await client.store.verifyDomain.mutate({ id: added.id })).verified).toBe(true);
    const notes = await client.store.notifications.query();
    expect(notes.items).toHaveLength(1);
    expect(notes.items[0]).toMatchObject({ type: 'domain.verified', read: false, link: '/store/domain' });
    expect(notes.items[0]?.body).toContain(hostname);

    const withDefault = await client.store.setDefaultDomain.mutate({ id: added.id });
    expect(withDefault.subdomain).toMatchObject({ slug, isDefault: false });
    expect(withDefault.domains).toEqual([expect.objectContaining({ id: added.id, isDefault: true })]);
    expect((await client.store.get.query()).defaultDomain).toBe(hostname);

    const back = await client.store.setDefaultDomain.mutate({ subdomain: true });
    expect(back.subdomain?.isDefault).toBe(true);
    expect(back.domains[0]?.isDefault).toBe(false);
    expect((await client.store.get.query()).defaultDomain).toBe(`${slug}.bosonline.id`);

    // Exactly one default across switches.
    const second = await client.store.addDomain.mutate({ hostname: `www.${hostname}` });
    server.dns.publish(second.txtRecord.name, second.txtRecord.value);
    await client.store.verifyDomain.mutate({ id: second.id });
    await client.store.setDefaultDomain.mutate({ id: added.id });
    const switched = await client.store.setDefaultDomain.mutate({ id: second.id });
    expect(switched.domains.filter((d) => d.isDefault).map((d) => d.id)).toEqual([second.id]);

    await client.store.removeDomain.mutate({ id: second.id });
    const after = await client.store.domains.query();
    expect(after.domains.map((d) => d.id)).toEqual([added.id]);
    expect(after.subdomain?.isDefault).toBe(true);
    await expectError(client.store.removeDomain.mutate({ id: second.id }), 'NOT_FOUND');
  });

  it('refuses our own domain, malformed names and a domain another store has', async () => {
    const a = await sellerClient(server);
    const b = await sellerClient(server);
    const hostname = `${uniqueSlug('taken')}.example.org`;
    await a.client.store.addDomain.mutate({ hostname });
    const taken = await expectError(b.client.store.addDomain.mutate({ hostname }), 'CONFLICT');
    expect(fieldErrors(taken).hostname).toBeDefined();
    for (const bad of [
      'toko.bosonline.id',
      'bosonline.id',
      'localhost',
      'toko..com',
      'toko kopi.com',
      '-a.com',
    ]) {
      const error = await expectError(b.client.store.addDomain.mutate({ hostname: bad }), 'BAD_REQUEST');
      expect(fieldErrors(error).hostname, bad).toBeDefined();
    }
    await expectError(b.client.store.setDefaultDomain.mutate({ subdomain: true }), 'CONFLICT');
    await expectError(b.client.store.setDefaultDomain.mutate({}), 'BAD_REQUEST');
  });

  it('answers 503 while DNS is down and changes nothing', async () => {
    const { client } = await sellerClient(server);
    const added = await client.store.addDomain.mutate({ hostname: `${uniqueSlug('dns')}.example.net` });
    server.dns.publish(added.txtRecord.name, added.txtRecord.value);
    server.dns.failing = true;
    try {
      const error = await expectError(
        client.store.verifyDomain.mutate({ id: added.id }),
        'SERVICE_UNAVAILABLE',
      );
      expect((error as Error).message).toMatch(/DNS/);
    } finally {
      server.dns.failing = false;
    }
    const [domain] = (await client.store.domains.query()).domains;
    expect(domain).toMatchObject({ status: 'pending', lastCheckedAt: null, verifiedAt: null });
    expect((await client.store.notifications.query()).items).toEqual([]);
  });

  it('answers at the REST paths', async () => {
    const { token } = await sellerClient(server);
    const hostname = `${uniqueSlug('rest')}.example.com`;
    const added = await server.rest('POST', '/store/domain', { token, body: { hostname } });
    expect(added.status).toBe(201);
    const data = added.body.data as { id: string; txt_record: { name: string; value: string } };
    expect(data.txt_record.name).toBe(`_bosonline.${hostname}`);

    const pending = await server.rest('POST', `/store/domain/${data.id}/verify`, { token });
    expect(pending).toMatchObject({ status: 200, body: { data: { verified: false, found: [] } } });
    expect(pending.body.message).toMatch(/No TXT record/);
    server.dns.publish(data.txt_record.name, data.txt_record.value);
    const verified = await server.rest('POST', `/store/domain/${data.id}/verify`, { token });
    expect(verified).toMatchObject({ status: 200, body: { message: `${hostname} is verified` } });

    const made = await server.rest('PATCH', '/store/domain/default', { token, body: { id: data.id } });
    expect(made).toMatchObject({
      status: 200,
      body: { data: { subdomain: null, domains: [{ is_default: true }] } },
    });
    const listed = await server.rest('GET', '/store/domain', { token });
    expect(listed.body.data).toMatchObject({ domains: [{ hostname, status: 'verified' }] });

    server.dns.failing = true;
    try {
      expect((await server.rest('POST', `/store/domain/${data.id}/verify`, { token })).status).toBe(503);
    } finally {
      server.dns.failing = false;
    }
    expect(await server.rest('DELETE', `/store/domain/${data.id}`, { token })).toEqual({
      status: 200,
      body: { message: 'Domain has been removed' },
    });
  });
});

describe('onboarding', () => {
  it('flips steps as the store fills up, and remembers a dismissal', async () => {
    const { client, storeId } = await sellerClient(server);
    const steps = async () =>
      Object.fromEntries((await client.store.onboarding.query()).steps.map((s) => [s.key, s.done]));
    const start = await client.store.onboarding.query();
    expect(start.steps.map((s) => s.key)).toEqual([
      'storeProfile',
      'warehouse',
      'bankAccount',
      'product',
      'subdomain',
    ]);
    expect(start).toMatchObject({ completed: 0, total: 5, dismissedAt: null });

    await client.store.update.mutate({ csPhone: '081234567890' });
    expect((await steps()).storeProfile).toBe(false);
    await client.store.update.mutate({ logoUrl: '/files/logo.png' });
    expect((await steps()).storeProfile).toBe(true);

    const [district] = await client.region.search.query({ q: 'buduran', level: 'district' });
    await client.warehouse.create.mutate({
      name: 'Gudang',
      contactName: 'Alfian',
      contactPhone: '081234567890',
      regionId: district?.id ?? 0,
      address: 'Jl. Raya 1',
    });
    expect((await steps()).warehouse).toBe(true);

    const account = await client.bankAccount.create.mutate({
      bankCode: 'BCA',
      accountNumber: '1234567890',
      accountHolder: 'Alfian',
      active: false,
    });
    expect((await steps()).bankAccount).toBe(false);
    await client.bankAccount.setStatus.mutate({ id: account.id, active: true });
    expect((await steps()).bankAccount).toBe(true);

    const product = await server.db.product.create({
      data: { storeId, sku: 'KOPI-1', name: 'Kopi', searchName: 'kopi', weightGrams: 250 },
    });
    expect((await steps()).product).toBe(true);
    await server.db.product.update({ where: { id: product.id }, data: { deletedAt: new Date() } });
    expect((await steps()).product).toBe(false);

    await client.store.setSubdomain.mutate({ slug: uniqueSlug() });
    expect((await client.store.onboarding.query()).completed).toBe(4);

    const dismissed = await client.store.dismissOnboarding.mutate();
    expect(dismissed.dismissedAt).toBeInstanceOf(Date);
    server.clock.advance(60_000);
    const again = await client.store.dismissOnboarding.mutate();
    expect(again.dismissedAt).toEqual(dismissed.dismissedAt);

    const rest = await server.rest('GET', '/store/onboarding', {
      token: (await sellerClient(server)).token,
    });
    expect(rest).toMatchObject({
      status: 200,
      body: { data: { completed: 0, total: 5, dismissed_at: null } },
    });
  });
});

describe('notifications', () => {
  it('lists newest first with an unread count, pages by cursor and marks read', async () => {
    const { client, storeId, token } = await sellerClient(server);
    const other = await sellerClient(server);
    const base = Date.now();
    for (let i = 0; i < 5; i++) {
      await server.db.notification.create({
        data: {
          storeId,
          type: 'stock.low',
          title: `Stok ${i}`,
          body: `Variant ${i} is running out`,
          createdAt: new Date(base + i * 1000),
        },
      });
    }
    await server.db.notification.create({
      data: { storeId: other.storeId, type: 'stock.low', title: 'Not yours', body: 'x' },
    });

    const first = await client.store.notifications.query({ limit: 2 });
    expect(first.items.map((n) => n.title)).toEqual(['Stok 4', 'Stok 3']);
    expect(first.unread).toBe(5);
    expect(first.nextCursor).not.toBeNull();

    // Reading the cursor's row does not derail the next page of unread ones.
    const [newest] = first.items;
    await client.store.markNotificationsRead.mutate({ ids: [newest?.id ?? ''] });
    const unreadFirst = await client.store.notifications.query({ unreadOnly: true, limit: 2 });
    expect(unreadFirst.items.map((n) => n.title)).toEqual(['Stok 3', 'Stok 2']);
    const unreadNext = await client.store.notifications.query({
      unreadOnly: true,
      limit: 2,
      cursor: unreadFirst.nextCursor ?? undefined,
    });
    expect(unreadNext.items.map((n) => n.title)).toEqual(['Stok 1', 'Stok 0']);
    expect(unreadNext.nextCursor).toBeNull();
    expect(unreadNext.unread).toBe(4);

    const all = await client.store.notifications.query({ cursor: first.nextCursor ?? undefined, limit: 10 });
    expect(all.items.map((n) => n.title)).toEqual(['Stok 2', 'Stok 1', 'Stok 0']);
    await expectError(client.store.notifications.query({ cursor: 'garbage' }), 'BAD_REQUEST');

    // Another store's ids are silently not this store's to mark.
    const theirs = await other.client.store.notifications.query();
    expect(await client.store.markNotificationsRead.mutate({ ids: [theirs.items[0]?.id ?? ''] })).toEqual({
      updated: 0,
    });
    expect((await other.client.store.notifications.query()).unread).toBe(1);

    const marked = await server.rest('PATCH', '/store/notification/read', { token, body: { all: true } });
    expect(marked).toMatchObject({ status: 200, body: { data: { updated: 4 } } });
    const listed = await server.rest('GET', '/store/notification?unread_only=true', { token });
    expect(listed.body.data).toEqual({ items: [], next_cursor: null, unread: 0 });
    await expectError(client.store.markNotificationsRead.mutate({}), 'BAD_REQUEST');
  });
});

describe('announcements and tips', () => {
  it('are written by platform staff and shown to sellers while live', async () => {
    const admin = await adminClient();
    const { client, token } = await sellerClient(server);
    const tag = uniqueSlug('post');
    const now = server.clock.now();

    const live = await admin.admin.post.create.mutate({
      kind: 'announcement',
      title: `Maintenance ${tag}`,
      body: 'Sunday 02:00–03:00 WIB',
      url: 'https://status.bosonline.id',
      expiresAt: new Date(now.getTime() + 3_600_000),
    });
    expect(live).toMatchObject({ kind: 'announcement', url: 'https://status.bosonline.id' });
    server.clock.advance(1000);
    const lasting = await admin.admin.post.create.mutate({
      kind: 'announcement',
      title: `Fitur baru ${tag}`,
      body: 'Voucher',
    });
    await admin.admin.post.create.mutate({
      kind: 'announcement',
      title: `Later ${tag}`,
      body: 'Scheduled',
      publishedAt: new Date(now.getTime() + 86_400_000),
    });
    const tip = await admin.admin.post.create.mutate({ kind: 'tip', title: `Tip ${tag}`, body: 'Use COD' });
    await expectError(
      admin.admin.post.create.mutate({
        kind: 'tip',
        title: 'Bad',
        body: 'x',
        publishedAt: now,
        expiresAt: new Date(now.getTime() - 1000),
      }),
      'BAD_REQUEST',
    );

    const mine = (titles: string[]) => titles.filter((t) => t.endsWith(tag));
    const seen = await client.store.announcements.query();
    expect(mine(seen.items.map((p) => p.title))).toEqual([`Fitur baru ${tag}`, `Maintenance ${tag}`]);
    expect(mine((await client.store.tips.query()).items.map((p) => p.title))).toEqual([`Tip ${tag}`]);

    // Expired a while ago: staff still see it, sellers do not.
    await admin.admin.post.create.mutate({
      kind: 'announcement',
      title: `Expired ${tag}`,
      body: 'Old news',
      publishedAt: new Date(now.getTime() - 2 * 3_600_000),
      expiresAt: new Date(now.getTime() - 3_600_000),
    });
    const later = await client.store.announcements.query();
    expect(mine(later.items.map((p) => p.title))).toEqual([`Fitur baru ${tag}`, `Maintenance ${tag}`]);

    const adminList = await admin.admin.post.list.query({ kind: 'announcement', limit: 100 });
    expect(mine(adminList.items.map((p) => p.title))).toHaveLength(4);

    const page = await client.store.announcements.query({ limit: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).not.toBeNull();

    await admin.admin.post.delete.mutate({ id: lasting.id });
    expect(mine((await client.store.announcements.query()).items.map((p) => p.title))).toEqual([
      `Maintenance ${tag}`,
    ]);
    await expectError(admin.admin.post.delete.mutate({ id: lasting.id }), 'NOT_FOUND');

    // Sellers cannot write posts; staff of the platform only.
    await expectError(client.admin.post.create.mutate({ kind: 'tip', title: 'x', body: 'y' }), 'FORBIDDEN');

    const tips = await server.rest('GET', '/store/tips', { token });
    expect(tips.status).toBe(200);
    expect((tips.body.data as { items: Array<{ id: string; published_at: string }> }).items).toContainEqual(
      expect.objectContaining({ id: tip.id, published_at: expect.any(String) }),
    );
  });

  it('answers at the admin REST paths', async () => {
    const login = await server.rest('POST', '/admin/auth/login', {
      body: { email: 'admin@bosonline.id', password: 'admin12345' },
    });
    const token = (login.body.data as { access_token: string }).access_token;
    const created = await server.rest('POST', '/admin/post', {
      token,
      body: {
        kind: 'announcement',
        title: 'REST post',
        body: 'Hello',
        expires_at: '2999-01-01T00:00:00.000Z',
      },
    });
    expect(created).toMatchObject({
      status: 201,
      body: { data: { title: 'REST post', expires_at: '2999-01-01T00:00:00.000Z' } },
    });
    const id = (created.body.data as { id: string }).id;
    const listed = await server.rest('GET', '/admin/post?kind=announcement', { token });
    expect((listed.body.data as { items: Array<{ id: string }> }).items.map((p) => p.id)).toContain(id);
    const seller = await sellerClient(server);
    const seen = await server.rest('GET', '/store/announcement', { token: seller.token });
    expect((seen.body.data as { items: Array<{ id: string }> }).items.map((p) => p.id)).toContain(id);
    expect(
      (await server.rest('POST', '/admin/post', { token: seller.token, body: { kind: 'tip' } })).status,
    ).toBe(403);
    expect((await server.rest('DELETE', `/admin/post/${id}`, { token })).status).toBe(200);
  });
});
