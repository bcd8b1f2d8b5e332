/**
 * The family's phone number or email as a link the desk phone or mail client can open. The value
 * is what the family typed, so only digits and "+" go into a tel:/sms: address.
 */
export function ContactLink({ method, value }: { method: string; value: string }) {
  const digits = value.replace(/[^\d+]/g, '');
  let href: string | null = null;
  if (method === 'phone' && digits) href = `tel:${digits}`;
  else if (method === 'text' && digits) href = `sms:${digits}`;
  else if (method === 'email' && /^[^\s@?&]+@[^\s@?&]+$/.test(value.trim())) href = `mailto:${value.trim()}`;
  return href ? (
    <a href={href}>
      <bdi dir="ltr">{value}</bdi>
    </a>
  ) : (
    <bdi dir="auto">{value}</bdi>
  );
}
