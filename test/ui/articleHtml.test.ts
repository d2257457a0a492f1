/** @jest-environment jsdom */
import { articleHtml, wikiHrefPrefix } from '../../src/ui/wiki/articleHtml';
import type { WikiEntry } from '../../src/domain/wiki/wikiEntries';
import { xssVectors } from '../support/xssVectors';

const referrals: WikiEntry = { id: 'dataset:Urgent Care Referrals', kind: 'dataset', title: 'Urgent Care Referrals', context: 'Kept by Custodian', text: '', synonyms: [] };
const resolve = (target: string): WikiEntry | undefined => (target.trim().toLowerCase() === 'urgent care referrals' ? referrals : undefined);

function rendered(markdown: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = articleHtml(markdown, resolve);
  return container;
}

describe('an article rendered from markdown', () => {
  it('renders markdown, resolves wiki links and names broken ones', () => {
    const html = rendered('# Discharges\n\nSee [[Urgent Care Referrals|the referrals]], [[Nowhere]] and [the NHS](https://www.nhs.uk).');
    expect(html.querySelector('h1')?.textContent).toBe('Discharges');
    const wiki = html.querySelector('a[data-wiki-entry]')!;
    expect([wiki.getAttribute('href'), wiki.textContent]).toEqual([`${wikiHrefPrefix}${encodeURIComponent(referrals.id)}`, 'the referrals']);
    expect(html.querySelector('.wiki-broken-link')?.textContent).toBe('Nowhere (broken link)');
    const external = html.querySelector('a[href="https://www.nhs.uk"]')!;
    expect([external.getAttribute('target'), external.getAttribute('rel')]).toEqual(['_blank', 'noopener noreferrer']);
  });

  it(`keeps out every one of ${xssVectors.length} script vectors and still shows the words around them`, () => {
    expect(xssVectors.length).toBeGreaterThanOrEqual(50);
    for (const { markdown, shows } of xssVectors) {
      const html = rendered(markdown);
      expect(html.textContent).toContain(shows);
      expect(html.querySelectorAll('script, iframe, object, embed, form, base, meta, style, svg, math, template, input, button')).toHaveLength(0);
      for (const element of html.querySelectorAll('*')) {
        for (const attribute of element.getAttributeNames()) {
          expect(attribute.startsWith('on')).toBe(false);
          const value = element.getAttribute(attribute)!;
          if (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(attribute)) expect(value).toMatch(/^(https?:|mailto:|#|\/(?!\/))/i);
        }
      }
    }
  });
});
