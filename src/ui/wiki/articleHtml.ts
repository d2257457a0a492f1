import MarkdownIt from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import DOMPurify from 'dompurify';
import type { WikiEntry } from '../../domain/wiki/wikiEntries';
import { wikiLinkAt } from '../../domain/wiki/wikiLinks';

/** Where a resolved `[[link]]` points: the wiki handles these itself instead of leaving the page. */
export const wikiHrefPrefix = '#custodian-wiki:';

// Web addresses, email and the page's own anchors, and addresses on the same SharePoint site: never
// javascript:, data:, vbscript: or any other scheme a link or image could run or smuggle.
const allowedAddress = /^(?:https?:|mailto:|#|\/(?!\/))/i;

function wikiLinks(markdown: MarkdownIt, resolve: (target: string) => WikiEntry | undefined): void {
  markdown.inline.ruler.before('link', 'wiki_link', (state: StateInline, silent: boolean) => {
    wikiLinkAt.lastIndex = state.pos;
    const match = wikiLinkAt.exec(state.src);
    if (!match) return false;
    if (!silent) {
      const target = match[1].trim();
      const label = (match[2] ?? match[1]).trim();
      const entry = resolve(target);
      if (entry) {
        state.push('link_open', 'a', 1).attrs = [
          ['href', `${wikiHrefPrefix}${encodeURIComponent(entry.id)}`],
          ['data-wiki-entry', entry.id]
        ];
        state.push('text', '', 0).content = label;
        state.push('link_close', 'a', -1);
      } else {
        state.push('wiki_broken_open', 'span', 1).attrs = [
          ['class', 'wiki-broken-link'],
          ['title', `Nothing in the wiki is called "${target}"`]
        ];
        state.push('text', '', 0).content = `${label} (broken link)`;
        state.push('wiki_broken_close', 'span', -1);
      }
    }
    state.pos += match[0].length;
    return true;
  });
}

/**
 * An article's markdown as HTML that is safe to put in the page: markdown-it with raw HTML off (it is
 * shown as text), `[[links]]` resolved, then DOMPurify over the result with only ordinary addresses
 * allowed, so nothing a writer types can run script, whatever the markdown parser lets through.
 */
export function articleHtml(source: string, resolve: (target: string) => WikiEntry | undefined): string {
  const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
  markdown.use(wikiLinks, resolve);
  const html = markdown.render(source);
  const purify = DOMPurify(window);
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && /^https?:/i.test(node.getAttribute('href') ?? '')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purify.sanitize(html, { ALLOWED_URI_REGEXP: allowedAddress, FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'], ADD_ATTR: ['target'] });
}
