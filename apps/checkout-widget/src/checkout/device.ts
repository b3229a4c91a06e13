// The buyer's device, as the seller's Order Shield knows it: a random id kept in this browser's
// localStorage, so "Blokir pembeli" can hold the next order from the same browser whatever number
// or network it uses. Nothing about the device is read; without storage (private mode, blocked
// cookies) the id lasts for the page.

const storageKey = 'bos-device-id';
let fallback: string | undefined;

export function deviceId(): string {
  try {
    const kept = localStorage.getItem(storageKey);
    if (kept && /^[A-Za-z0-9_-]{8,64}$/.test(kept)) return kept;
    const made = crypto.randomUUID();
    localStorage.setItem(storageKey, made);
    return made;
  } catch {
    fallback ??= crypto.randomUUID();
    return fallback;
  }
}
