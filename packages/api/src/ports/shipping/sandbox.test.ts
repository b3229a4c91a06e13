import { describe, expect, it } from 'vitest';
import { ShippingUnavailableError } from './port.ts';
import { SandboxShipping } from './sandbox.ts';

describe('sandbox shipping', () => {
  it('prices deterministically by zone and started kilogram, rounded to Rp500', async () => {
    const shipping = new SandboxShipping();
    const near = await shipping.rates({
      originRegionId: 15022,
      destinationRegionId: 15022,
      weightGrams: 500,
      courierCode: 'idx',
    });
    expect(near).toEqual([
      {
        courierCode: 'idx',
        courierName: 'ID Express',
        serviceCode: '00',
        serviceName: 'Standard',
        price: 9_000,
        etd: '2-3',
        cod: true,
      },
    ]);
    const far = await shipping.rates({
      originRegionId: 15022,
      destinationRegionId: 48549,
      weightGrams: 2_100,
      courierCode: 'idx',
    });
    expect(far[0]).toMatchObject({ price: 59_500, etd: '4-5' });
    expect(await shipping.rates({ originRegionId: 1, destinationRegionId: 1, weightGrams: 1 })).toHaveLength(
      12,
    );
  });

  it('remembers only its latest bookings, and answers a forgotten one the same on a retry', async () => {
    const shipping = new SandboxShipping({ remember: 3 });
    const request = (key: string) => ({
      reference: key,
      idempotencyKey: key,
      courierCode: 'jne',
      serviceCode: 'REG',
      sender: { name: 'A', phone: '62811', regionId: 1, address: 'x' },
      receiver: { name: 'B', phone: '62812', regionId: 2, address: 'y' },
      weightGrams: 1000,
      itemValue: 10_000,
      insured: false,
      codAmount: 10_000,
    });
    const first = await shipping.book(request('order-0'));
    for (const key of ['order-1', 'order-2', 'order-3']) await shipping.book(request(key));
    expect(shipping.booked.map((b) => b.idempotencyKey)).toEqual(['order-1', 'order-2', 'order-3']);
    expect(await shipping.book(request('order-0'))).toEqual(first);
  });

  it('books once per idempotency key (a retry gets the same booking), and fails on demand', async () => {
    const shipping = new SandboxShipping();
    const request = {
      reference: 'INV1',
      idempotencyKey: 'order-1',
      courierCode: 'jne',
      serviceCode: 'REG',
      sender: { name: 'A', phone: '62811', regionId: 1, address: 'x' },
      receiver: { name: 'B', phone: '62812', regionId: 2, address: 'y' },
      weightGrams: 1000,
      itemValue: 10_000,
      insured: false,
      codAmount: 10_000,
    };
    const a = await shipping.book(request);
    expect(a.awb).toMatch(/^JNE\d{12}$/);
    expect(await shipping.book(request)).toEqual(a);
    expect(shipping.booked).toHaveLength(1);
    // Another store's INV1 is another order: another booking.
    const other = await shipping.book({ ...request, idempotencyKey: 'order-2' });
    expect(other.awb).not.toBe(a.awb);
    shipping.failing = true;
    await expect(
      shipping.rates({ originRegionId: 1, destinationRegionId: 2, weightGrams: 1 }),
    ).rejects.toBeInstanceOf(ShippingUnavailableError);
  });
});
