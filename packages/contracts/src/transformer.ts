// The one data transformer of the API: the server, the SDK and the widget all import it from here.
import superjson from 'superjson';

export const transformer = superjson;

/** Calls in one tRPC batch request: the server refuses more (400), the SDK splits above it. */
export const maxBatchCalls = 20;
