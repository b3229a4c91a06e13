import type { CodLedgerMessages } from './cod-ledger.id.ts';

// The "COD cash" page in English: the same entries as cod-ledger.id.ts.

export const codLedgerEn: CodLedgerMessages = {
  title: 'COD cash',
  intro: 'The COD money couriers hold: what they remitted, what they still hold, and what does not match.',
  range: (from, to) => `${from} to ${to}`,
  cards: {
    inTransit: 'Cash with couriers',
    inTransitHint: (n) => `${n} ${n === 1 ? 'parcel' : 'parcels'} delivered, not remitted yet`,
    overdue: 'Overdue',
    overdueHint: (n, days) => `${n} ${n === 1 ? 'parcel' : 'parcels'} past ${days} days`,
    remitted: 'Remitted',
    net: 'Net to the store',
    rangeHint: 'Last 30 days',
  },
  buckets: {
    title: 'Age of the cash couriers hold',
    names: { '0-7': '0–7 days', '8-14': '8–14 days', '15-30': '15–30 days', '31+': 'Over 30 days' },
    orders: (n) => `${n} ${n === 1 ? 'parcel' : 'parcels'}`,
  },
  table: {
    tableLabel: 'Table per day and courier',
    title: 'Per day and courier',
    caption: 'Day delivered or returned (WIB), last 30 days',
    day: 'Day',
    courier: 'Courier',
    parcels: 'Parcels',
    parcelsValue: (delivered, returned) =>
      returned ? `${delivered} + ${returned} returned` : `${delivered}`,
    expected: 'Expected',
    remitted: 'Remitted',
    outstanding: 'Difference',
    charges: 'Shipping, COD fee, insurance',
    rts: 'Return charges',
    net: 'Net',
    total: 'Total',
    empty: 'No COD parcel was delivered or returned in the last 30 days.',
  },
  upload: {
    title: 'Upload a courier remittance',
    hint: 'A CSV or XLSX file: AWB and amount columns are required; a date and a reference are optional.',
    drop: 'Drop the file here or click to choose it',
    checking: 'Checking the file…',
    previewTitle: (name) => `Preview: ${name}`,
    summary: (rows, matched, unknown) =>
      `${rows} rows: ${matched} match orders, ${unknown} unknown ${unknown === 1 ? 'AWB' : 'AWBs'}.`,
    skipped: (n) =>
      `${n} ${n === 1 ? 'row was' : 'rows were'} recorded from an earlier file and will be skipped.`,
    duplicate: 'This file was uploaded before; nothing changes.',
    noFindings: 'No mismatch for the AWBs in this file.',
    save: 'Save remittance',
    cancel: 'Cancel',
    saved: 'Remittance saved.',
  },
  findings: {
    tableLabel: 'Table of findings',
    title: 'Findings',
    kind: 'Kind of finding',
    all: 'All',
    empty: 'No findings: remittances match the orders.',
    kinds: {
      short_paid: 'Short paid',
      paid_twice: 'Paid twice',
      not_remitted: 'Not remitted',
      unknown_awb: "AWB not the store's",
    },
    column: {
      kind: 'Finding',
      awb: 'AWB',
      invoice: 'Invoice',
      expected: 'Expected',
      remitted: 'Remitted',
      sources: 'Source',
    },
    download: 'Download findings',
    downloadFailed: 'The file could not be made. Try again.',
  },
};
