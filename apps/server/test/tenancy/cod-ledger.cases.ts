import { expect } from 'vitest';
import type { DomainCases, TenancyFixture } from './case.ts';
import { idOf } from './case.ts';

const awb = 'TENANTA0001';

const remittanceForm = (text: string) => {
  const form = new FormData();
  form.set('file', new File([text], 'remit.csv'));
  return form;
};

export const codLedgerCases: DomainCases = {
  async seed(fx: TenancyFixture) {
    // A delivered COD parcel of store A (couriers deliver; there is no seller call that does) and
    // A's remittance file paying it short.
    const order = await fx.server.db.order.create({
      data: {
        storeId: fx.a.storeId,
        invoice: 'INV880001',
        status: 'delivered',
        paymentMethod: 'cod',
        buyerName: 'Pembeli A',
        buyerPhone: '6281288000001',
        regionId: 100001,
        address: 'Jl. A',
        senderWarehouseId: '00000000-0000-4000-8000-000000000000',
        courierCode: 'jnt',
        serviceCode: 'REG',
        weightGrams: 1000,
        itemsTotal: 90_000,
        shippingCost: 10_000,
        total: 100_000,
        awb,
        deliveredAt: new Date(fx.server.clock.now().getTime() - 20 * 86_400_000),
      },
    });
    fx.ids.codOrder = order.id;
    fx.ids.codInvoice = order.invoice;
    const upload = await fx.a.client.codLedger.upload.mutate(remittanceForm(`awb,amount\n${awb},90000\n`));
    fx.ids.codFile = upload.fileId ?? '';
  },
  cases: {
    'codLedger.report': {
      call: (b) => b.codLedger.report.query({}),
      expect: (result) =>
        expect(result).toMatchObject({ inTransit: { orders: 0 }, rows: [], totals: { expectedCod: 0 } }),
    },
    'codLedger.findings': {
      call: (b) => b.codLedger.findings.query({}),
      expect: (result) => expect((result as { findings: unknown[] }).findings).toEqual([]),
    },
    'codLedger.exportFindings': {
      call: async (b, fx) => {
        const link = await b.codLedger.exportFindings.query({ format: 'csv' });
        return (await fetch(`${fx.server.url}${link.url}`)).text();
      },
      expect: (result) => expect(String(result).trim().split('\n')).toHaveLength(1),
    },
    'codLedger.order': {
      call: (b, fx) => b.codLedger.order.query({ invoice: idOf(fx, 'codInvoice') }),
      expect: 'notFound',
    },
    'codLedger.files': {
      call: (b) => b.codLedger.files.query(),
      expect: (result) => expect((result as { files: unknown[] }).files).toEqual([]),
    },
    // B's file naming A's AWB is recorded in B's ledger, unmatched: A's order is not B's.
    'codLedger.upload': {
      call: (b) => b.codLedger.upload.mutate(remittanceForm(`awb,amount\n${awb},100000\n`)),
      expect: async (result, fx) => {
        expect(result).toMatchObject({ matched: 0, unknown: 1, duplicate: false });
        const lines = await fx.server.db.codRemittanceLine.findMany({ where: { awb } });
        expect(lines.map((l) => [l.storeId === fx.b.storeId, l.orderId])).toEqual(
          expect.arrayContaining([[true, null]]),
        );
      },
    },
  },
};
