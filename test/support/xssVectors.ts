/**
 * Markdown that tries to run script when rendered, each with words that must still show as text. From the
 * usual families (OWASP's XSS filter evasion cheat sheet, the markdown-it and DOMPurify issue trackers):
 * raw tags, event handlers, script-bearing addresses in links and images, SVG and MathML, encodings, and
 * markdown's own link, image and reference syntax. Every payload calls `xss(n)`, so a test can watch for it.
 */
export interface XssVector {
  markdown: string;
  /** Text a reader should still see. */
  shows: string;
}

const payload = (n: number): string => `xss(${n})`;

const raw: string[] = [
  `<script>${payload(1)}</script>`,
  `<img src=x onerror="${payload(2)}">`,
  `<svg onload="${payload(3)}"></svg>`,
  `<svg><script>${payload(4)}</script></svg>`,
  `<iframe src="javascript:${payload(5)}"></iframe>`,
  `<body onload="${payload(6)}">`,
  `<a href="javascript:${payload(7)}">link</a>`,
  `<div style="background:url(javascript:${payload(8)})">x</div>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${payload(9)}">`,
  `<details open ontoggle="${payload(10)}">`,
  `<input autofocus onfocus="${payload(11)}">`,
  `<video><source onerror="${payload(12)}"></video>`,
  `<object data="javascript:${payload(13)}"></object>`,
  `<embed src="javascript:${payload(14)}">`,
  `<form><button formaction="javascript:${payload(15)}">go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${payload(16)}">`,
  `<base href="javascript:${payload(17)}//">`,
  `<scr<script>ipt>${payload(18)}</script>`,
  `<IMG SRC=JaVaScRiPt:${payload(19)}>`,
  `<img src="x" onerror=&#x78;&#x73;&#x73;(20)>`,
  `<svg><a xlink:href="javascript:${payload(21)}"><text x="20" y="20">svg link</text></a></svg>`,
  `<noscript><p title="</noscript><img src=x onerror=${payload(22)}>">`,
  `<template><img src=x onerror="${payload(23)}"></template>`,
  `<marquee onstart="${payload(24)}">m</marquee>`,
  `<isindex type=image src=1 onerror=${payload(25)}>`
];

const markdownLinks: string[] = [
  `[click](javascript:${payload(26)})`,
  `[click](JAVASCRIPT:${payload(27)})`,
  `[click](javascript&#58;${payload(28)})`,
  `[click](&#106;avascript:${payload(29)})`,
  `[click](java\tscript:${payload(30)})`,
  `[click](  javascript:${payload(31)})`,
  `[click](vbscript:${payload(32)})`,
  `[click](data:text/html;base64,PHNjcmlwdD54c3MoMzMpPC9zY3JpcHQ+)`,
  `[click](data:text/html,<script>${payload(34)}</script>)`,
  `![image](javascript:${payload(35)})`,
  `![image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9InhzcygzNikiPjwvc3ZnPg==)`,
  `[click][ref]\n\n[ref]: javascript:${payload(37)}`,
  `![image][img]\n\n[img]: javascript:${payload(38)}`,
  `<javascript:${payload(39)}>`,
  `[click](https://council.example "title\\" onmouseover=\\"${payload(40)}")`,
  `![image"onerror="${payload(41)}](https://council.example/x.png)`,
  `[click](#" onclick="${payload(42)})`,
  `[a](javascript://%0a${payload(43)})`,
  `[a](\\javascript:${payload(44)})`,
  `[a](javascript&colon;${payload(45)})`
];

const wikiLinks: string[] = [
  `[[<img src=x onerror=${payload(46)}>]]`,
  `[[Urgent Care Referrals|<script>${payload(47)}</script>]]`,
  `[[javascript:${payload(48)}]]`,
  `[[x" onmouseover="${payload(49)}]]`
];

const encodings: string[] = [
  `&lt;script&gt;${payload(50)}&lt;/script&gt;`,
  `<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;${payload(51)}">enc</a>`,
  `\`<script>${payload(52)}</script>\``,
  `    <img src=x onerror=${payload(53)}>`,
  `> <svg/onload=${payload(54)}>`,
  `* <a href="jav&#x09;ascript:${payload(55)}">tab</a>`
];

export const xssVectors: XssVector[] = [...raw, ...markdownLinks, ...wikiLinks, ...encodings].map((markdown, index) => ({
  markdown: `Safe words ${index + 1}.\n\n${markdown}`,
  shows: `Safe words ${index + 1}.`
}));
