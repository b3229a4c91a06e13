import { render } from 'preact';
import { type Api, createApi } from './api.ts';
import { copyFor } from './i18n.ts';
import { styles } from './styles.ts';
import { Checkout } from './ui/Checkout.tsx';

/**
 * `<bos-checkout form="UUID" lang="en">`: the checkout inside a shadow root, so the host page's
 * CSS cannot reach it. `api` overrides the server (default: where the script was loaded from).
 */
export function defineCheckoutElement(defaultApi: string) {
  const apis = new Map<string, Api>();
  const apiFor = (url: string) => {
    const api = apis.get(url) ?? createApi(url);
    apis.set(url, api);
    return api;
  };

  class BosCheckoutElement extends HTMLElement {
    static observedAttributes = ['form', 'lang', 'api'];
    private root_: ShadowRoot | null = null;

    connectedCallback() {
      if (!this.root_) {
        this.root_ = this.attachShadow({ mode: 'open' });
        const style = document.createElement('style');
        style.textContent = styles;
        this.root_.appendChild(style);
        this.root_.appendChild(document.createElement('div'));
      }
      this.render_();
    }

    attributeChangedCallback() {
      if (this.isConnected && this.root_) this.render_();
    }

    disconnectedCallback() {
      const mount = this.root_?.lastElementChild;
      if (mount) render(null, mount);
    }

    private render_() {
      const mount = this.root_?.lastElementChild;
      if (!mount) return;
      const formId = this.getAttribute('form')?.trim() ?? '';
      const api = apiFor(this.getAttribute('api')?.trim() || defaultApi);
      const copy = copyFor(this.getAttribute('lang'));
      render(<Checkout key={formId} api={api} formId={formId} copy={copy} host={this} />, mount);
    }
  }

  if (!customElements.get('bos-checkout')) customElements.define('bos-checkout', BosCheckoutElement);
}
