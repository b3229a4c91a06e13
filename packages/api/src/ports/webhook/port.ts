/** What a seller's endpoint answered to one delivery attempt. */
export interface WebhookResponse {
  /** null when no HTTP answer came (refused target, DNS, timeout, connection reset). */
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** Sends signed event bodies to sellers' own systems, refusing targets inside our network. */
export interface WebhookSenderPort {
  /** Why deliveries to this URL would be refused (a message for the seller), or null when allowed. */
  refusal(url: string): string | null;
  post(url: string, headers: Record<string, string>, body: string): Promise<WebhookResponse>;
}
