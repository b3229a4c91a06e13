import { answerExcerpt, type ConversionAnswer, retryable } from './port.ts';

/**
 * POSTs JSON to a platform and reads its answer as the delivery log keeps it. Network errors and
 * timeouts are answers too (status null, retried), never exceptions: the job decides what next.
 */
export async function postJson(
  url: string,
  headers: Record<string, string>,
  body: unknown,
  timeoutMs: number,
  accepted: (statusCode: number, body: string) => boolean = (status) => status >= 200 && status < 300,
): Promise<ConversionAnswer> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    const ok = accepted(response.status, text);
    return {
      statusCode: response.status,
      body: text.slice(0, answerExcerpt),
      ok,
      retry: !ok && retryable(response.status),
    };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return {
      statusCode: null,
      body: timedOut ? `No answer within ${timeoutMs / 1000} s` : String((error as Error).message ?? error),
      ok: false,
      retry: true,
    };
  }
}
