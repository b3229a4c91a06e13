export { createApp } from './app.ts';
export { type Config, loadConfig } from './config.ts';
export { createLogger } from './logger.ts';
export { buildDeps, openConfiguredDatabase } from './runtime.ts';
export { demoAccounts, seedDemo } from './seed/demo.ts';
export { listen, type RunningServer } from './server.ts';
