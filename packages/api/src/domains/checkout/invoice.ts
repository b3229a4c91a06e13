export const invoiceOf = (last: number) => `INV${last}`;
