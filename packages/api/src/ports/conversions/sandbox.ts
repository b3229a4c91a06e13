import { metaServerEvent } from './meta.ts';
import type {
  ConversionAnswer,
  ConversionEvent,
  ConversionPlatform,
  ConversionsPort,
  ConversionTarget,
  PlatformSender,
} from './port.ts';
import { tiktokTrackBody } from './tiktok.ts';

export interface SandboxConversion {
  platform: ConversionPlatform;
  pixelId: string;
  /** The body the real adapter would send. */
  body: unknown;
}

/**
 * Keeps the events in memory instead of sending them (embedded mode, development): each answer
 * is what the platform answers an accepted event. `answers` scripts the next answers (e.g. a 500).
 */
export class SandboxConversions implements ConversionsPort {
  readonly sent: SandboxConversion[] = [];
  readonly answers: ConversionAnswer[] = [];
  readonly meta: PlatformSender;
  readonly tiktok: PlatformSender;

  constructor() {
    this.meta = this.sender('meta', (_target, event) => ({ data: [metaServerEvent(event)] }), {
      events_received: 1,
      messages: [],
      fbtrace_id: 'sandbox',
    });
    this.tiktok = this.sender('tiktok', (target, event) => tiktokTrackBody(target.pixelId, event), {
      code: 0,
      message: 'OK',
      request_id: 'sandbox',
      data: {},
    });
  }

  private sender(
    platform: ConversionPlatform,
    bodyOf: (target: ConversionTarget, event: ConversionEvent) => unknown,
    accepted: unknown,
  ): PlatformSender {
    return {
      send: async (target, event) => {
        const scripted = this.answers.shift();
        if (scripted) return scripted;
        this.sent.push({ platform, pixelId: target.pixelId, body: bodyOf(target, event) });
        return { statusCode: 200, body: JSON.stringify(accepted), ok: true, retry: false };
      },
    };
  }
}
