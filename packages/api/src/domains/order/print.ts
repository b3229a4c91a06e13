import { formatRupiah, type OrderStatus, orderStatusLabelsId } from '@bosonline/contracts';

// "Cetak Invoice": A4 invoices and 10×15 cm shipping labels, one page per order, drawn with
// pdfkit's built-in Helvetica (no font files to ship) and bwip-js for the Code 128 barcode.

export interface PrintableOrder {
  invoice: string;
  createdAt: Date;
  status: OrderStatus;
  paymentMethod: 'cod' | 'bank_transfer' | 'payment_gateway';
  store: { name: string };
  buyer: { name: string; phone: string; email: string | null; address: string; regionLabel: string };
  sender: { name: string; phone: string; address: string; regionLabel: string };
  courier: { code: string; service: string; awb: string | null };
  weightGrams: number;
  items: Array<{ sku: string; productName: string; variantName: string; quantity: number; price: number }>;
  itemsTotal: number;
  shippingCost: number;
  codFee: number;
  insuranceFee: number;
  otherFees: Array<{ name: string; amount: number }>;
  productDiscount: number;
  shippingDiscount: number;
  total: number;
  /** A down payment the seller confirmed before shipping (null when none was received). */
  downPaymentReceived: number | null;
  /** What the courier collects on delivery (contracts' codAmountOf): 0 unless COD. */
  codAmount: number;
  note: string | null;
}

export type PrintLayout = 'a4' | 'label';

type Doc = PDFKit.PDFDocument;

const mm = (v: number) => (v * 72) / 25.4;
const labelSize: [number, number] = [mm(100), mm(150)];

const jakarta = new Intl.DateTimeFormat('id-ID', {
  timeZone: 'Asia/Jakarta',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
export function formatJakartaDate(at: Date): string {
  return `${jakarta.format(at).replace('.', ':')} WIB`;
}

const methodNames: Record<PrintableOrder['paymentMethod'], string> = {
  cod: 'COD (bayar di tempat)',
  bank_transfer: 'Transfer bank',
  payment_gateway: 'Pembayaran online',
};

async function barcode(text: string): Promise<Buffer> {
  const { default: bwipjs } = await import('bwip-js/node');
  return bwipjs.toBuffer({ bcid: 'code128', text, scale: 3, height: 12, includetext: false });
}

/** A label and value on one line; long values wrap within the column. */
function field(doc: Doc, label: string, value: string, x: number, width: number) {
  doc.font('Helvetica-Bold').fontSize(8).fillColor('#666').text(label.toUpperCase(), x, doc.y, { width });
  doc.font('Helvetica').fontSize(10).fillColor('#000').text(value, x, doc.y, { width });
  doc.moveDown(0.4);
}

function party(
  doc: Doc,
  title: string,
  p: { name: string; phone: string; address: string; regionLabel: string },
  x: number,
  y: number,
  width: number,
) {
  doc.y = y;
  doc.font('Helvetica-Bold').fontSize(8).fillColor('#666').text(title.toUpperCase(), x, doc.y, { width });
  doc.font('Helvetica-Bold').fontSize(11).fillColor('#000').text(p.name, x, doc.y, { width });
  doc.font('Helvetica').fontSize(10).text(p.phone, x, doc.y, { width });
  doc.text(`${p.address}, ${p.regionLabel}`, x, doc.y, { width, height: 60, ellipsis: true });
  return doc.y;
}

function invoicePage(doc: Doc, order: PrintableOrder) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc
    .font('Helvetica-Bold')
    .fontSize(18)
    .text(order.store.name, left, doc.page.margins.top, { width: width / 2 });
  doc
    .font('Helvetica-Bold')
    .fontSize(22)
    .text('INVOICE', left, doc.page.margins.top, { width, align: 'right' });
  doc.font('Helvetica').fontSize(11).text(order.invoice, { width, align: 'right' });
  doc.fontSize(9).fillColor('#555').text(formatJakartaDate(order.createdAt), { width, align: 'right' });
  doc.fillColor('#000').moveDown(1.5);

  const top = doc.y;
  const column = (width - 20) / 2;
  const buyerBottom = party(doc, 'Kepada', order.buyer, left, top, column);
  const senderBottom = party(doc, 'Pengirim', order.sender, left + column + 20, top, column);
  doc.y = Math.max(buyerBottom, senderBottom) + 12;

  const facts = doc.y;
  field(
    doc,
    'Pembayaran',
    // The status in the dashboard's Indonesian words (contracts), not the API's enum.
    `${methodNames[order.paymentMethod]} · ${orderStatusLabelsId[order.status]}`,
    left,
    column,
  );
  doc.y = facts;
  field(
    doc,
    'Kurir',
    `${order.courier.code.toUpperCase()} ${order.courier.service}${order.courier.awb ? ` · Resi ${order.courier.awb}` : ''}`,
    left + column + 20,
    column,
  );
  doc.moveDown(0.8);

  // Items table: SKU | product – variant | qty | price | subtotal.
  const cols = [
    { title: 'SKU', width: 90, align: 'left' as const },
    { title: 'Produk', width: width - 90 - 40 - 85 - 90, align: 'left' as const },
    { title: 'Qty', width: 40, align: 'right' as const },
    { title: 'Harga', width: 85, align: 'right' as const },
    { title: 'Subtotal', width: 90, align: 'right' as const },
  ];
  const row = (cells: string[], bold = false) => {
    const y = doc.y;
    let x = left;
    let bottom = y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    cells.forEach((cell, i) => {
      const col = cols[i] as (typeof cols)[number];
      doc.text(cell, x + 2, y, { width: col.width - 4, align: col.align });
      bottom = Math.max(bottom, doc.y);
      x += col.width;
    });
    doc.y = bottom + 4;
  };
  const rule = () => {
    doc
      .moveTo(left, doc.y)
      .lineTo(left + width, doc.y)
      .lineWidth(0.5)
      .strokeColor('#bbb')
      .stroke();
    doc.y += 4;
  };
  row(
    cols.map((c) => c.title),
    true,
  );
  rule();
  for (const item of order.items) {
    row([
      item.sku,
      `${item.productName} – ${item.variantName}`,
      String(item.quantity),
      formatRupiah(item.price),
      formatRupiah(item.price * item.quantity),
    ]);
  }
  rule();

  const lines: Array<[string, number]> = [
    ['Total barang', order.itemsTotal],
    ['Ongkos kirim', order.shippingCost],
  ];
  if (order.codFee) lines.push(['Biaya COD', order.codFee]);
  if (order.insuranceFee) lines.push(['Asuransi', order.insuranceFee]);
  for (const fee of order.otherFees) lines.push([fee.name, fee.amount]);
  if (order.productDiscount) lines.push(['Diskon produk', -order.productDiscount]);
  if (order.shippingDiscount) lines.push(['Diskon ongkir', -order.shippingDiscount]);
  const labelX = left + width - 260;
  for (const [label, amount] of lines) {
    const y = doc.y;
    doc.font('Helvetica').fontSize(10).text(label, labelX, y, { width: 160 });
    doc.text(formatRupiah(amount), labelX + 160, y, { width: 100, align: 'right' });
  }
  doc.moveDown(0.3);
  const y = doc.y;
  doc.font('Helvetica-Bold').fontSize(12).text('TOTAL', labelX, y, { width: 160 });
  doc.text(formatRupiah(order.total), labelX + 160, y, { width: 100, align: 'right' });
  // The buyer already transferred part of it: the invoice says so and what is left for the courier.
  if (order.downPaymentReceived) {
    doc.moveDown(0.3);
    const paid = doc.y;
    doc.font('Helvetica').fontSize(10).text('Uang muka diterima', labelX, paid, { width: 160 });
    doc.text(formatRupiah(-order.downPaymentReceived), labelX + 160, paid, { width: 100, align: 'right' });
    const rest = doc.y;
    doc.font('Helvetica-Bold').fontSize(11).text('Sisa dibayar saat COD', labelX, rest, { width: 160 });
    doc.text(formatRupiah(order.codAmount), labelX + 160, rest, { width: 100, align: 'right' });
  }
  if (order.note) {
    doc.moveDown(1);
    field(doc, 'Catatan', order.note, left, width);
  }
  doc
    .font('Helvetica')
    .fontSize(8)
    .fillColor('#888')
    .text('Dicetak dari bosOnline', left, doc.page.height - doc.page.margins.bottom - 12, {
      width,
      align: 'center',
      lineBreak: false,
    })
    .fillColor('#000');
}

async function labelPage(doc: Doc, order: PrintableOrder) {
  const m = 12;
  const width = doc.page.width - 2 * m;
  doc
    .font('Helvetica-Bold')
    .fontSize(18)
    .text(`${order.courier.code.toUpperCase()} ${order.courier.service}`, m, m, {
      width: width / 2,
    });
  doc.fontSize(9).text(order.store.name, m + width / 2, m + 4, {
    width: width / 2,
    align: 'right',
    height: 24,
    ellipsis: true,
  });
  doc.y = m + 30;
  const code = order.courier.awb ?? order.invoice;
  if (!order.courier.awb) {
    doc.rect(m, doc.y, width, 18).lineWidth(1).stroke();
    doc
      .font('Helvetica-Bold')
      .fontSize(11)
      .text('BELUM ADA RESI', m, doc.y + 4, { width, align: 'center' });
    doc.y += 6;
  }
  const image = await barcode(code);
  const top = doc.y;
  doc.image(image, m + 10, top, { fit: [width - 20, 50], align: 'center' });
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(code, m, top + 54, { width, align: 'center' });
  doc.moveDown(0.6);

  const boxTop = doc.y;
  doc.font('Helvetica-Bold').fontSize(8).fillColor('#555').text('PENERIMA', m, boxTop, { width });
  doc.fillColor('#000').fontSize(13).text(order.buyer.name, m, doc.y, { width, height: 18, ellipsis: true });
  doc.font('Helvetica').fontSize(11).text(order.buyer.phone, m, doc.y, { width });
  doc.fontSize(10).text(`${order.buyer.address}, ${order.buyer.regionLabel}`, m, doc.y, {
    width,
    height: 52,
    ellipsis: true,
  });
  doc.moveDown(0.5);
  doc.font('Helvetica-Bold').fontSize(8).fillColor('#555').text('PENGIRIM', m, doc.y, { width });
  doc
    .fillColor('#000')
    .font('Helvetica')
    .fontSize(9)
    .text(`${order.sender.name} · ${order.sender.phone}`, m, doc.y, { width });
  doc.text(order.sender.regionLabel, m, doc.y, { width, height: 24, ellipsis: true });
  doc.moveDown(0.5);

  const y = doc.y;
  doc.rect(m, y, width, 30).lineWidth(1.5).stroke();
  doc
    .font('Helvetica-Bold')
    .fontSize(15)
    .text(order.paymentMethod === 'cod' ? `COD ${formatRupiah(order.codAmount)}` : 'NON-COD', m, y + 8, {
      width,
      align: 'center',
    });
  doc.y = y + 36;
  doc
    .font('Helvetica')
    .fontSize(9)
    .text(`Berat ${(order.weightGrams / 1000).toLocaleString('id-ID')} kg · ${order.invoice}`, m, doc.y, {
      width,
    });
  const summary = order.items.map((i) => `${i.quantity}x ${i.productName} – ${i.variantName}`).join(', ');
  doc.fontSize(8).text(summary, m, doc.y + 2, { width, height: 30, ellipsis: true });
}

/** Renders the orders into one PDF (a page per order), resolving to its bytes. */
export async function renderOrdersPdf(orders: PrintableOrder[], layout: PrintLayout): Promise<Buffer> {
  const first = orders[0];
  // Loaded on first print, not at start-up: every start would otherwise pay for it.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: layout === 'a4' ? 'A4' : labelSize,
    margin: layout === 'a4' ? 48 : 12,
    info: {
      Title: `${layout === 'a4' ? 'Invoice' : 'Label'} ${orders.map((o) => o.invoice).join(', ')}`.slice(
        0,
        200,
      ),
      Author: first?.store.name ?? 'bosOnline',
      Creator: 'bosOnline',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const order of orders) {
    doc.addPage();
    if (layout === 'a4') invoicePage(doc, order);
    else await labelPage(doc, order);
  }
  doc.end();
  return done;
}
