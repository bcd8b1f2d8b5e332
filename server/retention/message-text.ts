import type { Translator } from '../i18n/index.js';
import type { MessageContent } from '../protocol/index.js';

/** A stored message as plain words in one language, for a subject-access pack. */
export function messageText(content: MessageContent, t: Translator['t']): string {
  switch (content.kind) {
    case 'text':
      return content.text;
    case 'localised':
    case 'event':
      return t(content.text.key, content.text.params);
    case 'prompt':
      return t(content.prompt.key, content.prompt.params);
    case 'answer':
      return content.labels.map((label) => t(label)).join(', ');
    case 'resources':
      return content.cards.map((card) => card.name).join(', ');
    case 'safeguarding':
      return t(content.route.title);
    case 'consent-request':
      return content.paragraphs.join('\n');
    case 'consent-answer':
      return content.answer;
    default: {
      const unknown: never = content;
      return JSON.stringify(unknown);
    }
  }
}
