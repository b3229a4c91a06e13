// The one data transformer of the API: the server, the SDK and the widget all import it from here.
import superjson from 'superjson';

export const transformer = superjson;
