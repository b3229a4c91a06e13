import { bankAccountCases } from './bank-account.cases.ts';
import type { DomainCases } from './case.ts';

/** Every domain's cross-tenant cases; a domain with seller procedures adds its file here. */
export const domainCases: DomainCases[] = [bankAccountCases];
