// How much of a kind one store may keep, and the message past it. Apart from the schemas (free of
// zod) so the dashboard's catalogue can quote them without loading the schemas.

/** Buyers pick from these at checkout: a short list by nature, bounded rather than paged. */
export const maxBankAccounts = 20;
export const tooManyBankAccounts = `A store can have at most ${maxBankAccounts} bank accounts; delete one it no longer uses`;

/**
 * A store's warehouses are few by nature, and every screen that needs them (stock, forms, orders)
 * wants them all at once: a bound, rather than paging.
 */
export const maxWarehouses = 50;
export const tooManyWarehouses = `A store can have at most ${maxWarehouses} warehouses; delete one it no longer uses`;
