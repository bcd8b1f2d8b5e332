/**
 * The postcode district (outward code, "BD7") from a full UK postcode or just its first half,
 * typed any way ("bd7 1ab", "BD71AB", "bd7"); null when it does not look like a postcode. Only the
 * district is kept: it is enough to find the hub, and a full postcode can point at one house.
 */
export function parsePostcodeDistrict(text: string): string | null {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  const full = /^([A-Z]{1,2}\d[A-Z\d]?)\d[A-Z]{2}$/.exec(compact);
  if (full) return full[1]!;
  return /^[A-Z]{1,2}\d[A-Z\d]?$/.test(compact) ? compact : null;
}
