import { describe, expect, it } from 'vitest';
import { interpreterLanguage, languageLabel } from './language-label.js';

describe('language labels', () => {
  it('names a language in English and in itself', () => {
    expect(languageLabel('ur')).toEqual({ english: 'Urdu', endonym: 'اردو' });
    expect(languageLabel('en')).toEqual({ english: 'English' });
  });

  it('asks for an interpreter only when no staff language shares the primary subtag', () => {
    expect(interpreterLanguage('ur', ['en', 'ur'])).toBeNull();
    expect(interpreterLanguage('pa', ['en', 'pa-Arab'])).toBeNull();
    expect(interpreterLanguage('ti', ['en'])).toBe('ti');
    expect(interpreterLanguage('ur', ['en', 'ur'], 'ps')).toBe('ps');
  });
});
