// Lives inside the shadow root: the host page's CSS cannot reach in, and this cannot leak out.
// Mobile first; two columns only when the widget itself (not the window) is wide enough.
export const styles = `
:host { display: block; container-type: inline-size; --bos-primary: #16a34a; --bos-text: #111827;
  --bos-muted: #4b5563; --bos-line: #d1d5db; --bos-error: #b91c1c; --bos-bg: #fff; color: var(--bos-text);
  font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; text-align: left; }
* { box-sizing: border-box; }
/* Inherited properties still flow in from the host page (its "* { color: … !important }" lands on the
   host element): reset them on the first element inside. */
.wrap { color: var(--bos-text); font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  letter-spacing: normal; word-spacing: normal; text-transform: none; text-align: left; white-space: normal;
  visibility: visible; }
.wrap { background: var(--bos-bg); border-radius: 12px; padding: 16px; box-shadow: 0 1px 3px rgb(0 0 0 / .08); }
header { display: flex; gap: 12px; align-items: center; margin-bottom: 8px; }
header img { width: 40px; height: 40px; border-radius: 50%; object-fit: cover; }
h1 { font-size: 20px; margin: 0; line-height: 1.25; }
h2 { font-size: 16px; margin: 0 0 8px; }
.store { color: var(--bos-muted); font-size: 13px; }
.description { white-space: pre-line; color: var(--bos-muted); margin: 0 0 12px; }
section, fieldset { border: 0; border-top: 1px solid #e5e7eb; margin: 0; padding: 14px 0; min-width: 0; }
legend { font-weight: 600; font-size: 16px; padding: 0; margin-bottom: 8px; }
label { display: block; font-weight: 500; margin: 10px 0 4px; }
.hint, .muted { color: var(--bos-muted); font-size: 13px; }
input, textarea, select { width: 100%; font: inherit; color: inherit; padding: 10px 12px; min-height: 44px;
  border: 1px solid var(--bos-line); border-radius: 8px; background: #fff; }
textarea { min-height: 72px; resize: vertical; }
input:focus-visible, textarea:focus-visible, select:focus-visible, button:focus-visible, .option:focus-within {
  outline: 3px solid color-mix(in srgb, var(--bos-primary) 45%, transparent); outline-offset: 1px; }
[aria-invalid="true"] { border-color: var(--bos-error); }
.error { color: var(--bos-error); font-size: 13px; margin: 4px 0 0; }
.ok { color: #15803d; font-size: 13px; margin: 4px 0 0; }
.warn { color: #b45309; font-size: 13px; margin: 4px 0 0; }
button { font: inherit; cursor: pointer; border-radius: 8px; min-height: 44px; padding: 0 14px;
  border: 1px solid var(--bos-line); background: #fff; color: inherit; }
button[disabled] { cursor: not-allowed; opacity: .6; }
.primary { width: 100%; border: 0; background: var(--bos-primary); color: #fff; font-weight: 700; font-size: 17px;
  min-height: 52px; margin-top: 12px; }
.item { display: grid; grid-template-columns: 56px 1fr auto; gap: 10px; align-items: center; padding: 8px 0; }
.item img, .item .noimg { width: 56px; height: 56px; border-radius: 8px; object-fit: cover; background: #f3f4f6; }
.item .name { font-weight: 500; }
.price { font-weight: 600; }
s { color: var(--bos-muted); font-weight: 400; font-size: 13px; margin-left: 4px; }
.stepper { display: flex; align-items: center; gap: 4px; }
.stepper button { width: 40px; padding: 0; font-size: 20px; }
.stepper input { width: 52px; text-align: center; padding: 8px 4px; }
.row { display: flex; justify-content: space-between; gap: 8px; }
.options { display: grid; gap: 8px; }
.option { display: flex; gap: 10px; align-items: flex-start; border: 1px solid var(--bos-line); border-radius: 8px;
  padding: 10px 12px; margin: 0; font-weight: 400; cursor: pointer; }
.option input { width: 20px; min-height: 20px; margin: 2px 0 0; accent-color: var(--bos-primary); flex: none; }
.option.selected { border-color: var(--bos-primary); background: color-mix(in srgb, var(--bos-primary) 6%, #fff); }
.option.disabled { opacity: .55; cursor: not-allowed; }
.option .grow { flex: 1; }
.check { display: flex; gap: 8px; align-items: center; font-weight: 400; }
.check input { width: 20px; min-height: 20px; margin: 0; accent-color: var(--bos-primary); }
.combo { position: relative; }
.listbox { position: absolute; z-index: 10; left: 0; right: 0; margin: 4px 0 0; padding: 4px;
  background: #fff; border: 1px solid var(--bos-line); border-radius: 8px; max-height: 260px; overflow: auto;
  box-shadow: 0 8px 24px rgb(0 0 0 / .12); }
.listbox [role=option] { padding: 10px; border-radius: 6px; cursor: pointer; }
.listbox [role=option][aria-selected="true"], .listbox [role=option]:hover { background: color-mix(in srgb, var(--bos-primary) 12%, #fff); }
.chosen { display: flex; justify-content: space-between; align-items: center; gap: 8px; padding: 10px 12px;
  border: 1px solid var(--bos-line); border-radius: 8px; }
.voucher { display: flex; gap: 8px; }
.voucher input { flex: 1; text-transform: uppercase; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.chips button { min-height: 32px; font-size: 13px; border-style: dashed; }
.summary .row { padding: 3px 0; }
.summary.pending .row { opacity: .55; transition: opacity .2s .15s; }
.summary .total { font-weight: 700; font-size: 18px; border-top: 1px solid #e5e7eb; margin-top: 6px; padding-top: 8px; }
.discount { color: #15803d; }
.banner { border-radius: 8px; padding: 12px; margin: 12px 0 0; background: #fef2f2; color: var(--bos-error); }
.banner button { margin-top: 8px; border-color: var(--bos-error); color: var(--bos-error); }
.success { text-align: center; }
.success .message { white-space: pre-line; }
.bank { text-align: left; border: 1px solid var(--bos-line); border-radius: 8px; padding: 10px 12px; margin: 8px 0;
  display: flex; justify-content: space-between; align-items: center; gap: 8px; }
.wa { display: inline-flex; align-items: center; justify-content: center; gap: 8px; width: 100%; min-height: 48px;
  border-radius: 8px; background: #25d366; color: #fff; font-weight: 700; text-decoration: none; margin-top: 12px; }
.next { border: 2px solid var(--bos-primary); border-radius: 8px; padding: 4px 12px; margin: 12px 0; }
.next h2 { margin: 8px 0 4px; }
.next .amount { display: block; font-size: 22px; }
.receipt { text-align: left; margin: 12px 0; }
.receipt > .row { padding: 3px 0; }
/* Small screens: the total and the order button ride along at the bottom (the aside's button is
   at the very end of a long form). */
.bar { position: sticky; bottom: 0; z-index: 5; display: flex; align-items: center; gap: 12px;
  margin: 12px -16px -16px; padding: 10px 16px calc(10px + env(safe-area-inset-bottom, 0px));
  background: var(--bos-bg); border-top: 1px solid #e5e7eb; box-shadow: 0 -4px 12px rgb(0 0 0 / .08);
  border-radius: 0 0 12px 12px; }
.bar .primary { margin: 0; flex: 1; min-width: 0; }
.bar-total { display: flex; flex-direction: column; font-size: 13px; color: var(--bos-muted); white-space: nowrap; }
.bar-total strong { font-size: 17px; color: var(--bos-text); }
.aside .primary { display: none; }
/* A field scrolled into view on focus stops above the bar, not under it. */
.layout input, .layout textarea, .layout select { scroll-margin-bottom: 96px; }
/* Phones: while the on-screen keyboard is up the bar would ride on top of it, over the field. */
@media (pointer: coarse) {
  .layout:has(input:not([type=radio]):not([type=checkbox]):focus, textarea:focus, select:focus) .bar { display: none; }
}
/* Narrow phones (320 px): the quantity stepper goes under the product name instead of pushing
   its "+" out of the box. */
@container (max-width: 340px) {
  .wrap { padding: 12px; }
  .bar { margin: 12px -12px -12px; padding-left: 12px; padding-right: 12px; gap: 8px; }
  .bar .primary { font-size: 15px; padding: 0 8px; }
  .item { grid-template-columns: 48px minmax(0, 1fr); }
  .item img, .item .noimg { width: 48px; height: 48px; }
  .item .stepper { grid-column: 2; }
}
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@container (min-width: 720px) {
  .bar { display: none; }
  .aside .primary { display: block; }
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 24px; align-items: start; }
  .aside { position: sticky; top: 12px; }
  .wrap { padding: 24px; }
}
`;
