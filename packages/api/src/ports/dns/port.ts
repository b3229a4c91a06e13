import { ProviderUnavailableError } from '../unavailable.ts';

/** Looks up DNS TXT records, to prove a seller controls a custom domain. */
export interface DomainResolverPort {
  /** TXT strings published at `name`; [] when there are none or the name does not exist. */
  txt(name: string): Promise<string[]>;
}

export class DnsUnavailableError extends ProviderUnavailableError {
  constructor(message = 'DNS lookup failed; try again in a moment') {
    super(message);
  }
}
