/** `https://wa.me/<62number>?text=…`: opens the chat with the message typed in. */
export function waLink(phone: string, text: string): string {
  return `https://wa.me/${phone}?text=${encodeURIComponent(text)}`;
}
