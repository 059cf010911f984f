import katex from 'katex';

/**
 * <lm-math tex="..." [display]>: TeX typeset by KaTeX. The element stays empty until typeset, so a reader never
 * sees raw TeX flash by; a TeX error shows the source in red instead of breaking the page.
 */
class LmMath extends HTMLElement {
  static get observedAttributes() {
    return ['tex', 'display'];
  }

  connectedCallback() {
    this.typeset();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.typeset();
  }

  private typeset() {
    const tex = this.getAttribute('tex') ?? '';
    katex.render(tex, this, {
      displayMode: this.hasAttribute('display'),
      throwOnError: false,
      errorColor: '#c62828',
      output: 'htmlAndMathml',
    });
  }
}

customElements.define('lm-math', LmMath);
