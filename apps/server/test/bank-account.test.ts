import { maxBankAccounts, tooManyBankAccounts } from '@bosonline/contracts';
import { fieldErrors } from '@bosonline/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, sellerClient, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('bank accounts (Rekening)', () => {
  it('lists banks, creates, edits, deactivates and deletes an account', async () => {
    const { client } = await sellerClient(server);
    const banks = await client.bankAccount.banks.query();
    expect(banks.find((b) => b.code === 'BCA')).toMatchObject({ name: 'BANK CENTRAL ASIA' });
    expect(await client.bankAccount.list.query()).toEqual([]);

    const created = await client.bankAccount.create.mutate({
      bankCode: 'bca',
      accountNumber: ' 345193134434 ',
      accountHolder: 'Mohammad Alfian R aja',
    });
    expect(created).toMatchObject({ bank: { code: 'BCA' }, accountNumber: '345193134434', active: true });

    const edited = await client.bankAccount.update.mutate({ id: created.id, accountHolder: 'M Alfian' });
    expect(edited.accountHolder).toBe('M Alfian');
    await client.bankAccount.setStatus.mutate({ id: created.id, active: false });
    // An edit that does not mention `active` leaves the account inactive.
    expect(
      await client.bankAccount.update.mutate({ id: created.id, accountHolder: 'M. Alfian' }),
    ).toMatchObject({
      active: false,
    });
    expect(await client.bankAccount.list.query({ active: true })).toEqual([]);
    expect(await client.bankAccount.list.query({ active: false })).toHaveLength(1);

    await client.bankAccount.delete.mutate({ id: created.id });
    await expectError(client.bankAccount.detail.query({ id: created.id }), 'NOT_FOUND');
  });

  it('refuses non-digit account numbers, unknown banks and duplicates', async () => {
    const { client } = await sellerClient(server);
    const bad = await expectError(
      client.bankAccount.create.mutate({ bankCode: 'BCA', accountNumber: '1234-5678', accountHolder: 'A' }),
      'BAD_REQUEST',
    );
    expect(fieldErrors(bad).accountNumber?.[0]).toMatch(/digits only/);
    const unknown = await expectError(
      client.bankAccount.create.mutate({ bankCode: 'NOPE', accountNumber: '12345678', accountHolder: 'A' }),
      'BAD_REQUEST',
    );
    expect(fieldErrors(unknown).bankCode).toBeDefined();
    await client.bankAccount.create.mutate({
      bankCode: 'BRI',
      accountNumber: '12345678',
      accountHolder: 'A',
    });
    await expectError(
      client.bankAccount.create.mutate({ bankCode: 'BRI', accountNumber: '12345678', accountHolder: 'B' }),
      'CONFLICT',
    );
  });

  it(`holds at most ${maxBankAccounts} accounts, a deleted one making room again`, async () => {
    const { client } = await sellerClient(server);
    const account = (n: number) => ({
      bankCode: 'BCA',
      accountNumber: String(1_000_000_000 + n),
      accountHolder: 'Sinta',
    });
    const made = [];
    for (let n = 0; n < maxBankAccounts; n++) made.push(await client.bankAccount.create.mutate(account(n)));
    const full = await expectError(client.bankAccount.create.mutate(account(99)), 'CONFLICT');
    expect((full as Error).message).toBe(tooManyBankAccounts);
    expect(await client.bankAccount.list.query()).toHaveLength(maxBankAccounts);
    await client.bankAccount.delete.mutate({ id: made[0]!.id });
    await client.bankAccount.create.mutate(account(99));
    expect(await client.bankAccount.list.query()).toHaveLength(maxBankAccounts);
  });

  it('answers at the spec-style REST paths with snake_case fields', async () => {
    const { token } = await sellerClient(server);
    const created = await server.rest('POST', '/store/rekening', {
      token,
      body: { bank_code: 'BNI', account_number: '0987654321', account_holder: 'Siti' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      message: 'Bank account has been successfully saved.',
      data: { account_number: '0987654321', account_holder: 'Siti', bank: { code: 'BNI' } },
    });
    const listed = await server.rest('GET', '/store/rekening?active=true', { token });
    expect(listed.status).toBe(200);
    expect(listed.body.data).toHaveLength(1);
  });
});
