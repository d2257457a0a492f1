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

type Resolve = (target: string) => WikiEntry | undefined;

/** `[[links]]`, resolved by the function each render passes in its environment. */
function wikiLinks(markdown: MarkdownIt): void {
  markdown.inline.ruler.before('link', 'wiki_link', (state: StateInline, silent: boolean) => {
    wikiLinkAt.lastIndex = state.pos;
    const match = wikiLinkAt.exec(state.src);
    if (!match) return false;
    if (!silent) {
      const target = match[1].trim();
      const label = (match[2] ?? match[1]).trim();
      const entry = (state.env as { resolve: Resolve }).resolve(target);
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

// One parser and one sanitiser for every article: this module loads only when an article is opened.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).use(wikiLinks);
const purify = DOMPurify(window);
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && /^https?:/i.test(node.getAttribute('href') ?? '')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/**
 * An article's markdown as HTML that is safe to put in the page: markdown-it with raw HTML off (it is
 * shown as text), `[[links]]` resolved, then DOMPurify over the result with only ordinary addresses
 * allowed, so nothing a writer types can run script, whatever the markdown parser lets through.
 */
export function articleHtml(source: string, resolve: Resolve): string {
  return purify.sanitize(markdown.render(source, { resolve }), {
    ALLOWED_URI_REGEXP: allowedAddress,
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
    ADD_ATTR: ['target']
  });
}
