import { type DomainCases, idOf } from './case.ts';

const invoice = 'INV777';

export const orderCases: DomainCases = {
  // Runs after productCases: one unpaid order of store A, written straight to the database.
  async seed(fx) {
    const { regionId } = await fx.server.db.regionAlias.findUniqueOrThrow({ where: { id: 15022 } });
    const order = await fx.server.db.order.create({
      data: {
        storeId: fx.a.storeId,
        invoice,
        status: 'unpaid',
        paymentMethod: 'bank_transfer',
        buyerName: 'Buyer of A',
        buyerPhone: '6281355550002',
        regionId,
        address: 'Jl. Rahasia 2',
        senderWarehouseId: idOf(fx, 'warehouse'),
        courierCode: 'idx',
        serviceCode: '00',
        weightGrams: 250,
        itemsTotal: 45_000,
        shippingCost: 9_000,
        total: 54_000,
      },
    });
    fx.ids.order = order.id;
  },
  cases: {
    'order.list': { call: (b) => b.order.list.query({ q: invoice }), expect: 'empty' },
    'order.recap': {
      call: (b) => b.order.recap.query({ q: invoice }),
      expect: (result) => {
        if ((result as { orders: number }).orders !== 0) throw new Error('recap counted A’s order');
      },
    },
    'order.detail': { call: (b) => b.order.detail.query({ invoice }), expect: 'notFound' },
    // "Atur Pengiriman" on A's form, by B's owner: A's form is as absent to B as an unknown one.
    'order.quoteManual': {
      call: (b, fx) =>
        b.order.quoteManual.query({
          id: idOf(fx, 'form'),
          sender: { warehouseName: 'Gudang A' },
          receiver: { receiverAddrId: 15022 },
          items: {
            courierCode: 'jne',
            serviceCode: 'REG',
            paymentMethod: { type: 'cod' },
            orderItems: [{ itemSku: 'TENANT-A-01', itemQty: 1 }],
          },
        }),
      expect: 'notFound',
    },
    'order.manualRates': {
      call: (b, fx) =>
        b.order.manualRates.query({
          formId: idOf(fx, 'form'),
          regionId: 15022,
          items: [{ sku: 'TENANT-A-01', qty: 1 }],
          warehouseName: 'Gudang A',
        }),
      expect: 'notFound',
    },
    'order.createManual': {
      call: (b, fx) =>
        b.order.createManual.mutate({
          id: idOf(fx, 'form'),
          sender: { warehouseName: 'Gudang A' },
          receiver: {
            receiverName: 'Buyer of B',
            receiverPhone: '081355550009',
            receiverAddrId: 15022,
            receiverAddress: 'Jl. Lain 9',
          },
          items: {
            courierCode: 'jne',
            serviceCode: 'REG',
            paymentMethod: { type: 'cod' },
            orderItems: [{ itemSku: 'TENANT-A-01', itemQty: 1 }],
          },
        }),
      expect: 'notFound',
    },
    'order.exportLink': {
      call: (b) => b.order.exportLink.mutate({ q: invoice, format: 'csv' }),
      expect: async (result, fx) => {
        const file = await (await fetch(`${fx.server.url}${(result as { url: string }).url}`)).text();
        if (file.includes(invoice) || file.includes('Buyer of A')) throw new Error('B downloaded A’s order');
      },
    },
    'order.printLink': {
      call: (b) => b.order.printLink.mutate({ invoices: [invoice], layout: 'a4' }),
      expect: 'notFound',
    },
    'order.previewEdit': {
      call: (b) =>
        b.order.previewEdit.query({ kind: 'courier', invoice, courierCode: 'jne', serviceCode: 'REG' }),
      expect: 'notFound',
    },
    'order.updateCustomer': {
      call: (b) =>
        b.order.updateCustomer.mutate({
          invoice,
          customerName: 'B',
          customerPhone: '081200000009',
          customerEmail: 'b@example.com',
          addrId: 76518,
          city: 'Sidoarjo',
          district: 'Buduran',
          customerAddress: 'Jl. B',
        }),
      expect: 'notFound',
    },
    'order.updateCourier': {
      call: (b) => b.order.updateCourier.mutate({ invoice, courierCode: 'jne', serviceCode: 'REG' }),
      expect: 'notFound',
    },
    'order.updatePaymentMethod': {
      call: (b) => b.order.updatePaymentMethod.mutate({ invoice, paymentMethod: 'cod' }),
      expect: 'notFound',
    },
    'order.updateOtherFees': {
      call: (b) => b.order.updateOtherFees.mutate({ invoice, fees: [{ name: 'X', amount: 1 }] }),
      expect: 'notFound',
    },
    'order.updateStatus': {
      call: (b) => b.order.updateStatus.mutate({ invoice, status: 'canceled' }),
      expect: 'notFound',
    },
    'order.confirmPayment': {
      call: (b, fx) =>
        b.order.confirmPayment.mutate({ invoice, amount: 54_000, bankAccountId: idOf(fx, 'bankAccount') }),
      expect: 'notFound',
    },
    'order.confirmDownPayment': {
      call: (b, fx) => b.order.confirmDownPayment.mutate({ invoice, bankAccountId: idOf(fx, 'bankAccount') }),
      expect: 'notFound',
    },
    'order.confirmHeld': { call: (b) => b.order.confirmHeld.mutate({ invoice }), expect: 'notFound' },
    'order.bookShipment': { call: (b) => b.order.bookShipment.mutate({ invoice }), expect: 'notFound' },
    'followUp.send': {
      call: (b) => b.followUp.send.mutate({ invoice, followUpAttempts: 1 }),
      expect: 'notFound',
    },
    'followUp.preview': {
      call: (b) => b.followUp.preview.query({ invoice, followUpAttempts: 1 }),
      expect: 'notFound',
    },
    'followUp.attempts': { call: (b) => b.followUp.attempts.query({ invoice }), expect: 'notFound' },
    'followUp.templates': { call: (b) => b.followUp.templates.query(), expect: 'empty' },
    'followUp.saveTemplate': {
      call: (b) => b.followUp.saveTemplate.mutate({ attempt: 1, message: 'B’s own text' }),
      expect: async (_result, fx) => {
        const own = await fx.server.db.followUpTemplate.findMany({ where: { storeId: fx.a.storeId } });
        if (own.length) throw new Error('B wrote a template into A’s store');
      },
    },
  },
};
