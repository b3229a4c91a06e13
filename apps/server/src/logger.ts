import pino, { type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'bosonline' },
    redact: ['req.headers.authorization', '*.password', '*.refreshToken', '*.refresh_token'],
  });
}
