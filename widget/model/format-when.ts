/**
 * A time the service promised ("open again", "contact you by") in the family's language and their
 * device's own clock, with the weekday first because "back Tuesday" is what people look for.
 * A language the browser cannot format falls back to British English rather than failing.
 */
export function formatWhen(iso: string, language: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' };
  const locale = language === 'en' ? 'en-GB' : language;
  try {
    return new Intl.DateTimeFormat([locale, 'en-GB'], options).format(at);
  } catch {
    return new Intl.DateTimeFormat('en-GB', options).format(at);
  }
}
