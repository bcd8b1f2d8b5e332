/**
 * Ordinary 20-word family messages (no danger words: the load path, not the emergency route).
 * Several, in turn, so no cache of one text flatters the server.
 */
export const FAMILY_MESSAGES: readonly string[] = [
  'We moved to Bradford last spring and my son finds his new school hard, are there any clubs after school',
  'My daughter is two and still not talking much, could someone tell me where to get advice about her speech',
  'I am a single parent working nights and struggling with childcare for my youngest, is there any help with costs',
  'Our rent went up again this year and we are behind on the gas bill, where can we get advice',
  'My twins are eight and keep arguing at bedtime, I would like some tips or a parenting course near us',
  'We have just arrived from Poland and need a school place for our eldest, who speaks only a little English',
  'My partner and I both work and cannot find a nursery with space near Keighley, do you know of any',
  'Our baby is teething and sleeps badly so we are worn out, is there a health visitor clinic this week',
];
