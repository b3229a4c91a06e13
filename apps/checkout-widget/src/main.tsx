import { defineCheckoutElement } from './element.tsx';

// Read while this script runs: afterwards `currentScript` is gone. The widget talks to the server
// it was loaded from, so one snippet works on any seller's site.
const script = document.currentScript as HTMLScriptElement | null;
defineCheckoutElement(script?.src ? new URL(script.src).origin : window.location.origin);
