import { DnsUnavailableError, type DomainResolverPort } from './port.ts';

/** A resolver whose records tests (and the embedded demo) publish by hand. */
export class SandboxResolver implements DomainResolverPort {
  readonly records = new Map<string, string[]>();
  failing = false;

  publish(name: string, value: string) {
    const key = name.toLowerCase();
    this.records.set(key, [...(this.records.get(key) ?? []), value]);
  }

  async txt(name: string) {
    if (this.failing) throw new DnsUnavailableError();
    return this.records.get(name.toLowerCase()) ?? [];
  }
}
