import { describe, expect, it } from 'vitest';
import { IMPORT_MESSAGE_SAMPLES, renderImportMessage } from '../../src/modules/imports/imports.messages';

describe('the imports message catalogue', () => {
  it.each(IMPORT_MESSAGE_SAMPLES)('renders %s in Indonesian and English', (code, params) => {
    const [message, messageEn] = renderImportMessage(code, params);
    expect(message.trim()).not.toBe('');
    expect(messageEn.trim()).not.toBe('');
    expect(message).not.toMatch(/undefined/);
    expect(messageEn).not.toMatch(/undefined/);
    // A known code never falls through to the generic text for unknown codes.
    expect(messageEn).not.toBe(`Error ${code}.`);
  });

  it('tells the two out_of_scope apart by their parameters', () => {
    expect(renderImportMessage('out_of_scope', ['18.71.01.1001'])[1]).toMatch(/Village 18\.71\.01\.1001/);
    expect(renderImportMessage('out_of_scope', [])[1]).toMatch(/resident with this NIK/);
  });

  it('renders a code it does not know without failing', () => {
    expect(renderImportMessage('from_the_future', [])).toEqual([
      'Kesalahan from_the_future.',
      'Error from_the_future.',
    ]);
  });
});
