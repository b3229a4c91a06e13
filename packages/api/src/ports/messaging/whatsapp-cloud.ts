import {
  type MessagingPort,
  MessagingUnavailableError,
  type NumberCheck,
  type OutgoingMessage,
  type StatusWebhookSecrets,
} from './port.ts';

export interface WhatsAppCloudConfig {
  /** Graph API root including the version, e.g. `https://graph.facebook.com/v21.0`. */
  apiUrl: string;
  /** A system-user access token with `whatsapp_business_messaging`. */
  token: string;
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string;
  timeoutMs: number;
}

/** Graph API error codes meaning "this template cannot be used as asked" (absent, not approved, wrong params). */
const templateProblems = new Set([132000, 132001, 132005, 132007, 132012, 132015, 132016]);

interface GraphError {
  message?: string;
  code?: number;
}

class GraphRefusal extends Error {
  constructor(
    readonly status: number,
    readonly error: GraphError,
  ) {
    super(error.message ?? `HTTP ${status}`);
  }
}

/**
 * WhatsApp Cloud API (`POST /{phone-number-id}/messages`). Every message goes out as its approved
 * template (the only kind allowed outside the buyer's 24-hour window); when the Graph API says the
 * template cannot be used (not approved yet, wrong parameter count) the rendered text is sent
 * instead, which reaches buyers who wrote to the store within the last 24 hours. Anything else
 * that goes wrong — timeout, network, 4xx/5xx — is a `MessagingUnavailableError` (503 upstream;
 * the follow-up keeps its wa.me link for sending by hand).
 */
export class WhatsAppCloudMessaging implements MessagingPort {
  readonly webhook: StatusWebhookSecrets;

  constructor(private readonly config: WhatsAppCloudConfig) {
    this.webhook = { appSecret: config.appSecret, verifyToken: config.verifyToken };
  }

  async send(message: OutgoingMessage): Promise<{ messageId: string }> {
    try {
      return await this.post(templateBody(message));
    } catch (error) {
      if (error instanceof GraphRefusal && templateProblems.has(error.error.code ?? 0)) {
        return this.post(textBody(message)).catch((e: unknown) => {
          throw unavailable(e);
        });
      }
      throw unavailable(error);
    }
  }

  /**
   * The Cloud API has no "does this number have WhatsApp" look-up (INTEGRATIONS.md documents
   * none; the on-premises API's `/contacts` check was not carried over), so nothing is asked and
   * the answer says it is unchecked: valid until proven otherwise. A number WhatsApp later reports
   * undeliverable (error 131026 on the status webhook) is remembered as invalid, and that fact is
   * what the WA checks answer from then on (see domains/whatsapp/delivery.ts).
   */
  async validateNumber(_phone: string): Promise<NumberCheck> {
    return { valid: true, checked: false };
  }

  private async post(body: unknown): Promise<{ messageId: string }> {
    const url = `${this.config.apiUrl.replace(/\/+$/, '')}/${encodeURIComponent(this.config.phoneNumberId)}/messages`;
    const response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.config.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(this.config.timeoutMs),
    });
    const answer = (await response.json().catch(() => null)) as {
      messages?: Array<{ id?: unknown }>;
      error?: GraphError;
    } | null;
    if (!response.ok) throw new GraphRefusal(response.status, answer?.error ?? {});
    const messageId = answer?.messages?.[0]?.id;
    if (typeof messageId !== 'string' || !messageId) {
      throw new MessagingUnavailableError('WhatsApp answered without a message id');
    }
    return { messageId };
  }
}

function templateBody(message: OutgoingMessage) {
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to: message.to,
    type: 'template',
    template: {
      name: message.template,
      language: { code: message.language },
      components: message.params.length
        ? [{ type: 'body', parameters: message.params.map((text) => ({ type: 'text', text })) }]
        : [],
    },
  };
}

function textBody(message: OutgoingMessage) {
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to: message.to,
    type: 'text',
    text: { preview_url: false, body: message.text },
  };
}

function unavailable(error: unknown): MessagingUnavailableError {
  if (error instanceof MessagingUnavailableError) return error;
  if (error instanceof GraphRefusal) {
    return new MessagingUnavailableError(`WhatsApp refused the message: ${error.message}`);
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new MessagingUnavailableError('WhatsApp did not answer in time');
  }
  return new MessagingUnavailableError('WhatsApp cannot be reached');
}
