import type { SubjectAccessPack } from './subject-access-pack.js';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const RTL = new Set(['ar', 'ur', 'pa-Arab', 'ps', 'fa', 'ckb', 'he', 'yi']);
const dir = (language: string) => (RTL.has(language) ? 'rtl' : 'ltr');

/**
 * The pack as one self-contained, accessible HTML page: headings per conversation, tables with
 * header cells, each message in the family's language and English, each marked with its own
 * `lang` and direction so screen readers and right-to-left scripts read it correctly.
 */
export function renderPackHtml(pack: SubjectAccessPack): string {
  const sections = pack.conversations.map((c, index) => {
    const rows = c.messages
      .map((m) => `<tr><td>${escape(m.at)}</td><td>${escape(m.author)}</td>${pack.languages.map((l) => `<td lang="${escape(l)}" dir="${dir(l)}">${escape(m.text[l] ?? '')}</td>`).join('')}</tr>`)
      .join('\n');
    const list = (title: string, items: unknown[]) =>
      `<h3>${title}</h3>${items.length ? `<ul>${items.map((item) => `<li><pre>${escape(JSON.stringify(item, null, 2))}</pre></li>`).join('')}</ul>` : '<p>None held.</p>'}`;
    return `<section aria-labelledby="c${index}"><h2 id="c${index}">Conversation ${index + 1} (started ${escape(c.startedAt ?? 'unknown: erased')})</h2>
<h3>Messages</h3>
${c.messages.length ? `<table><caption>Messages, oldest first</caption><thead><tr><th scope="col">When (UTC)</th><th scope="col">Who</th>${pack.languages.map((l) => `<th scope="col">Text (${escape(l)})</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>` : '<p>None held.</p>'}
${list('Callback requests', c.callbacks)}${list('Consent', c.consents)}${list('Early Help enquiries', c.enquiries)}${list('Safeguarding records', c.safeguardingRecords)}${list('Sent to the case system', c.sentToCaseSystem)}${list('Erasures', c.erasures)}</section>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Information we hold about you</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #555;padding:.25rem .5rem;text-align:start;vertical-align:top}pre{white-space:pre-wrap;overflow-wrap:anywhere}</style></head>
<body><main><h1>Information we hold about you</h1><p>Produced ${escape(pack.generatedAt)} by Bradford Family Hubs' Front Door.</p>
${sections.join('\n')}</main></body></html>`;
}
