import { describe, expect, it } from 'vitest';
import { contactProblem, emailProblem, phoneProblem } from './contact-rules.js';

describe('contact rules', () => {
  it('accepts UK numbers however they are written', () => {
    for (const phone of ['07700 900123', '07700900123', '(01274) 123456', '01274-123-456', '+44 7700 900123', '0044 7700 900123', '020 7946 0000']) {
      expect(phoneProblem(phone), phone).toBeUndefined();
    }
  });

  it('accepts international numbers with a country code', () => {
    for (const phone of ['+48 512 345 678', '+92 300 1234567', '0040 721 234 567', '+1 (202) 555-0143']) expect(phoneProblem(phone), phone).toBeUndefined();
  });

  it('refuses what cannot be dialled', () => {
    for (const phone of ['123', '7700 900123', '+44 07700 900123', '0770090012345', 'call me', '+0 123456789', '07700 9001a3', '']) {
      expect(phoneProblem(phone), phone).toBe('phoneInvalid');
    }
  });

  it('checks email addresses by eye, not by RFC', () => {
    for (const email of ['parent@example.org', 'a.b+c@mail.example.co.uk']) expect(emailProblem(email), email).toBeUndefined();
    for (const email of ['parent@', '@example.org', 'parent example.org', 'parent@example', 'a@b@c.org', `${'x'.repeat(65)}@example.org`]) {
      expect(emailProblem(email), email).toBe('emailInvalid');
    }
  });

  it('applies the phone rule to calls and texts, the email rule to email', () => {
    expect(contactProblem('text', 'parent@example.org')).toBe('phoneInvalid');
    expect(contactProblem('email', '07700 900123')).toBe('emailInvalid');
    expect(contactProblem('phone', '07700 900123')).toBeUndefined();
  });
});
