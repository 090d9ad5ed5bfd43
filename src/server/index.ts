// Public API of the HTTP server layer (`roleplay serve`).
export { createServer, DEFAULT_BODY_LIMIT, type ServerOptions } from './app.js';
export { isLoopbackHost, serverUrl } from './address.js';
export type { ErrorBody } from './http-errors.js';
export { DEFAULT_LIMITS, type ServerLimits } from './limits.js';
export { closeGracefully, DEFAULT_SHUTDOWN_GRACE_MS, type CloseOptions } from './shutdown.js';
