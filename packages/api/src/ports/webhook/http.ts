import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import ipaddr from 'ipaddr.js';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import type { WebhookResponse, WebhookSenderPort } from './port.ts';

export interface HttpWebhookSenderOptions {
  /**
   * Development and tests only: plain http and loopback targets (a receiver on this machine).
   * In production every target must be https on a public address.
   */
  allowLoopback: boolean;
  timeoutMs?: number;
}

const loopbackRanges = ['127.0.0.0/8', '::1/128'];
const isLoopbackName = (host: string) => host === 'localhost' || host.endsWith('.localhost');

/**
 * POSTs deliveries with node's http client. A seller chooses the URL, so it must never reach our
 * own network (SSRF): the URL is checked when saved, and the agent checks the address each
 * connection actually resolves to, so a public name that later points inside is refused too
 * (DNS rebinding). Redirects are not followed: a 3xx is logged as the answer.
 */
export class HttpWebhookSender implements WebhookSenderPort {
  private readonly http: RequestFilteringHttpAgent;
  private readonly https: RequestFilteringHttpsAgent;
  private readonly timeoutMs: number;

  constructor(private readonly options: HttpWebhookSenderOptions) {
    const filter = {
      allowPrivateIPAddress: false,
      allowMetaIPAddress: false,
      allowIPAddressList: options.allowLoopback ? loopbackRanges : [],
      keepAlive: true,
    };
    this.http = new RequestFilteringHttpAgent(filter);
    this.https = new RequestFilteringHttpsAgent(filter);
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  refusal(raw: string): string | null {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return 'Must be a valid URL';
    }
    if (url.username || url.password) return 'Must not contain a user name or password';
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    const loopback =
      isLoopbackName(host) || (ipaddr.isValid(host) && ipaddr.process(host).range() === 'loopback');
    if (this.options.allowLoopback && loopback) {
      return url.protocol === 'http:' || url.protocol === 'https:' ? null : 'Must be an http(s) URL';
    }
    if (url.protocol !== 'https:') return 'Must be an https:// URL';
    if (loopback) return 'Must be a public address, not this server';
    if (ipaddr.isValid(host) && ipaddr.process(host).range() !== 'unicast') {
      return 'Must be a public address, not a private or reserved one';
    }
    if (!host.includes('.') || /\.(internal|local|lan|home|corp)$/.test(host)) {
      return 'Must be a public host name';
    }
    return null;
  }

  post(url: string, headers: Record<string, string>, body: string): Promise<WebhookResponse> {
    const started = performance.now();
    const done = (statusCode: number | null, error: string | null): WebhookResponse => ({
      statusCode,
      error,
      durationMs: Math.round(performance.now() - started),
    });
    const refused = this.refusal(url);
    if (refused) return Promise.resolve(done(null, `Refused: ${refused}`));
    const secure = url.startsWith('https:');
    const send = secure ? httpsRequest : httpRequest;
    return new Promise((resolve) => {
      const req = send(
        url,
        {
          method: 'POST',
          agent: secure ? this.https : this.http,
          headers: { ...headers, 'content-length': Buffer.byteLength(body).toString() },
          timeout: this.timeoutMs,
        },
        (res) => {
          // The answer's body is not kept; reading it frees the socket for the next delivery.
          res.resume();
          res.on('end', () => resolve(done(res.statusCode ?? null, null)));
          res.on('error', (error) => resolve(done(res.statusCode ?? null, error.message)));
        },
      );
      req.on('timeout', () => req.destroy(new Error(`No answer within ${this.timeoutMs / 1000} s`)));
      req.on('error', (error) =>
        resolve(done(null, error.message.replace('[request-filtering-agent] ', ''))),
      );
      req.end(body);
    });
  }

  close(): void {
    this.http.destroy();
    this.https.destroy();
  }
}
