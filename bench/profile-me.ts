// profile.me through tRPC and through the REST door, against a plain Hono JSON route served by
// the same process (what the framework layers, auth and the database lookups cost per request),
// and against a plain Hono handler doing the same work by hand: the JWT checked with node:crypto,
// the session check and the profile read in raw SQL on its own pg pool (the baseline).
// The baseline checks the session on every request; the server keeps a live session's check a
// few seconds and forgets it on any change (api's session-cache.ts), as the issue proposes, so
// most of its calls send no statement at all.

import { createHmac, timingSafeEqual } from 'node:crypto';
import { createTestDatabase } from '@bosonline/db/testing';
import { demoAccounts, seedDemo } from '@bosonline/server';
import pg from 'pg';
import { load, writeResults } from './lib/report.ts';
import { startBenchServer } from './lib/server.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const database = await createTestDatabase();
await seedDemo(database.prisma);
const meShape = {
  id: 'x',
  name: demoAccounts.seller.name,
  email: demoAccounts.seller.email,
  phone: demoAccounts.seller.phone,
};
const jwtSecret = 'bench-secret-bench-secret-bench-secret-1'; // startBenchServer's JWT_SECRET
const pool = database.url ? new pg.Pool({ connectionString: database.url, max: 10 }) : null;
const sql = async <T>(text: string, values: unknown[]): Promise<T[]> =>
  pool
    ? (await pool.query({ name: text.slice(0, 40), text, values })).rows
    : database.prisma.$queryRawUnsafe<T[]>(text, ...values);

/** The claims of a valid HS256 access token, checked by hand. */
function claimsOf(header: string | undefined): { sub: string; sid: string } | null {
  const [h, p, sig] = (header?.replace(/^Bearer /, '') ?? '').split('.');
  if (!h || !p || !sig) return null;
  const expected = createHmac('sha256', jwtSecret).update(`${h}.${p}`).digest();
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
  return claims.exp * 1000 > Date.now() && claims.iss === 'bosonline' ? claims : null;
}

const sessionSql = `SELECT s."userId" FROM "Session" s JOIN "User" u ON u."id" = s."userId"
  WHERE s."id" = $1::uuid AND s."userId" = $2::uuid AND s."endedAt" IS NULL AND s."expiresAt" > now()
    AND u."status" = 'active'`;
const profileSql = `SELECT u."id", u."name", u."email", u."phone", u."createdAt",
  COALESCE((SELECT json_agg(json_build_object('id', st."id", 'name', st."name", 'role', m."role")
      ORDER BY m."createdAt")
    FROM "StoreMember" m JOIN "Store" st ON st."id" = m."storeId"
    WHERE m."userId" = u."id" AND m."status" = 'active'), '[]'::json) AS "stores"
  FROM "User" u WHERE u."id" = $1::uuid`;

const server = await startBenchServer(database, (app) => {
  app.get('/bench/plain', (c) => c.json({ message: 'Success', data: meShape }));
  app.get('/bench/raw-sql-me', async (c) => {
    const claims = claimsOf(c.req.header('authorization'));
    if (!claims) return c.json({ message: 'Unauthorized' }, 401);
    const [session] = await sql(sessionSql, [claims.sid, claims.sub]);
    if (!session) return c.json({ message: 'Unauthorized' }, 401);
    const [user] = await sql<{ stores: unknown[] }>(profileSql, [claims.sub]);
    return c.json({ message: 'Success', data: { ...user, store: user?.stores[0] ?? null } });
  });
});
const base = server.url;
const auth = await server.login(demoAccounts.seller.email, demoAccounts.seller.password);

const rawName = 'plain Hono handler, same session check + reads in raw SQL';
const trpcName = 'profile.me via tRPC (GET /trpc/profile.me)';
const restName = 'profile.me via REST (GET /profile/me)';
const rawSqlMe = () => load(rawName, `${base}/bench/raw-sql-me`, { seconds, headers: auth });
const trpcMe = () => load(trpcName, `${base}/trpc/profile.me`, { seconds, headers: auth });
const restMe = () => load(restName, `${base}/profile/me`, { seconds, headers: auth });

const plainRun = await load('plain Hono JSON route', `${base}/bench/plain`, { seconds });
// The baseline and both doors alternate, a few rounds, and the median ratio counts: on this 2-core
// VM one run's throughput moves by a third from one minute to the next (checkout.ts does the same).
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const ratio = (a: number, b: number) => Math.round((a / b) * 1000) / 1000;
const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0;
const perRound = [];
for (let round = 1; round <= rounds; round += 1) {
  const raw = await rawSqlMe();
  const trpc = await trpcMe();
  const rest = await restMe();
  perRound.push({
    round,
    rawSql: raw,
    trpc,
    rest,
    trpcVsRawSql: ratio(trpc.requestsPerSecond, raw.requestsPerSecond),
    restVsRawSql: ratio(rest.requestsPerSecond, raw.requestsPerSecond),
  });
  console.log(
    `round ${round}: raw SQL ${raw.requestsPerSecond}/s, tRPC ${trpc.requestsPerSecond}/s, REST ${rest.requestsPerSecond}/s`,
  );
}
// The tRPC door's own floor: no token, so no database and no JWT, just the 401.
const door = await load('tRPC door alone: profile.me without a token (401)', `${base}/trpc/profile.me`, {
  seconds,
});
const trpcVsRawSql = median(perRound.map((r) => r.trpcVsRawSql));
const restVsRawSql = median(perRound.map((r) => r.restVsRawSql));
const middle = perRound.find((r) => r.trpcVsRawSql === trpcVsRawSql) ?? perRound[0]!;
const runs = [plainRun, middle.rawSql, middle.trpc, middle.rest, door];
const rawSql = middle.rawSql.requestsPerSecond;
const withRatio = runs.map((r) => ({
  ...r,
  throughputVsPlain: ratio(r.requestsPerSecond, plainRun.requestsPerSecond),
  throughputVsRawSql: ratio(r.requestsPerSecond, rawSql),
}));
const target = 0.85;
const file = writeResults(`profile-me-${database.kind}.json`, {
  connections: 10,
  seconds,
  /** The median round's runs (by tRPC's ratio), with each one's share of the plain route and the baseline. */
  runs: withRatio,
  rounds: perRound,
  medianOfRounds: {
    trpcVsRawSql,
    restVsRawSql,
    target,
    met: trpcVsRawSql >= target && restVsRawSql >= target,
  },
});
console.table(withRatio);
console.log(
  `profile.me: tRPC ${Math.round(trpcVsRawSql * 100)}%, REST ${Math.round(restVsRawSql * 100)}% of the raw-SQL handler (median of ${rounds} rounds; target ${target * 100}%)`,
);
console.log(`written to bench/${file}`);
await server.close();
await pool?.end();
await database.close();
process.exit(0);
