import type { FactSection } from '../../domain/export/factSections';

/**
 * Opens a plain page of headings and facts in a new tab, for the browser's Print (or Save as PDF): no
 * SharePoint chrome, no scripts. Built with the DOM, so every value is text and nothing in it is markup.
 */
export function openPrintablePage(title: string, introduction: string, sections: readonly FactSection[]): void {
  const page = document.implementation.createHTMLDocument(title);
  page.documentElement.lang = 'en-GB';
  const style = page.createElement('style');
  style.textContent =
    'body{font:12pt/1.4 "Segoe UI",Arial,sans-serif;margin:2em;color:#000;background:#fff}h2{font-size:13pt;margin:1.2em 0 .2em;break-after:avoid}' +
    'section{break-inside:avoid}dl{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em;margin:.3em 0}dt{font-weight:600}dd{margin:0}';
  page.head.appendChild(style);
  const add = (parent: HTMLElement, tag: string, text: string): HTMLElement => {
    const element = page.createElement(tag);
    element.textContent = text;
    parent.appendChild(element);
    return element;
  };
  add(page.body, 'h1', title);
  add(page.body, 'p', introduction);
  for (const section of sections) {
    const block = page.createElement('section');
    add(block, 'h2', section.heading);
    if (section.text) add(block, 'p', section.text);
    const facts = page.createElement('dl');
    for (const [term, value] of section.facts) {
      add(facts, 'dt', term);
      add(facts, 'dd', value);
    }
    block.appendChild(facts);
    page.body.appendChild(block);
  }
  const url = URL.createObjectURL(new Blob([`<!DOCTYPE html>${page.documentElement.outerHTML}`], { type: 'text/html;charset=utf-8' }));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
