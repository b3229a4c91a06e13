import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PaymentUnavailableError } from './port.ts';
import { SandboxPayment } from './sandbox.ts';
import { snapTimestamp, stringToSign } from './snap-signature.ts';

const request = {
  externalId: 'order1',
  amount: 102_200,
  channel: 'BRI',
  customerName: 'Faisol',
  customerPhone: '6283131412312',
  description: 'INV1',
  expiresAt: new Date('2026-12-03T10:00:00Z'),
};

describe('SNAP signature helpers', () => {
  it('sign the documented string: METHOD:path:hex sha256 of the minified body:timestamp, Jakarta time', () => {
    const body = '{ "a": 1,\n  "b": [1, 2] }';
    const digest = createHash('sha256').update('{"a":1,"b":[1,2]}').digest('hex');
    expect(stringToSign({ method: 'post', path: '/webhook/winpay', body, timestamp: 'T' })).toBe(
      `POST:/webhook/winpay:${digest}:T`,
    );
    expect(snapTimestamp(new Date('2026-12-02T10:30:00Z'))).toBe('2026-12-02T17:30:00+07:00');
  });
});

describe('sandbox payment', () => {
  it('makes one charge per external id, fails on demand, and verifies only its own untampered callbacks', async () => {
    const payment = new SandboxPayment();
    const va = await payment.createCharge(request);
    expect(va.vaNumber).toMatch(/^8888\d{12}$/);
    expect(await payment.createCharge(request)).toEqual(va);
    const qris = await payment.createCharge({ ...request, externalId: 'order2', channel: 'QRIS' });
    expect(qris).toMatchObject({ vaNumber: null, qrString: expect.stringMatching(/^000201/) });

    const callback = payment.signedCallback('order1', new Date());
    const signed = {
      method: 'POST',
      path: callback.path,
      body: callback.body,
      timestamp: callback.headers['x-timestamp'],
      signature: callback.headers['x-signature'],
    };
    expect(payment.verifyCallback(signed)).toBe(true);
    expect(payment.verifyCallback({ ...signed, body: signed.body.replace('102200', '1') })).toBe(false);
    expect(payment.verifyCallback({ ...signed, path: '/other' })).toBe(false);
    expect(new SandboxPayment().verifyCallback(signed)).toBe(false);

    payment.failing = true;
    await expect(payment.createCharge({ ...request, externalId: 'order3' })).rejects.toBeInstanceOf(
      PaymentUnavailableError,
    );
  });
});
