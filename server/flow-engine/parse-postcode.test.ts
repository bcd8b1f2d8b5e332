import { describe, expect, it } from 'vitest';
import { parsePostcodeDistrict } from './parse-postcode.js';

describe('parsePostcodeDistrict', () => {
  it.each([
    ['bd7 1ab', 'BD7'],
    ['BD71AB', 'BD7'],
    ['bd7', 'BD7'],
    ['BD17 1AB', 'BD17'],
    ['bd171ab', 'BD17'],
    ['LS29 8AA', 'LS29'],
    ['ec1a 1bb', 'EC1A'],
  ])('%s -> %s', (typed, district) => {
    expect(parsePostcodeDistrict(typed)).toBe(district);
  });

  it.each(['', 'hello', '12345', 'BD', 'BD7 1A', 'BD7 1ABC'])('refuses %j', (typed) => {
    expect(parsePostcodeDistrict(typed)).toBeNull();
  });
});
