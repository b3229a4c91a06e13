import { Resolver } from 'node:dns/promises';
import { DnsUnavailableError, type DomainResolverPort } from './port.ts';

const absent = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN']);

/** The real resolver: the machine's DNS servers through node:dns. */
export class SystemResolver implements DomainResolverPort {
  private readonly resolver = new Resolver({ timeout: 3_000, tries: 2 });

  async txt(name: string) {
    try {
      return (await this.resolver.resolveTxt(name)).map((chunks) => chunks.join(''));
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code && absent.has(code)) return [];
      throw new DnsUnavailableError();
    }
  }
}
