import { describe, expect, it } from 'vitest';
import {
  indonesianNumberWords,
  queueCallCaption,
  queueCallSpeech,
  spokenTicketLabel,
} from '../src/queue-call';

describe('queue call text', () => {
  it('says numbers in Indonesian words', () => {
    expect(indonesianNumberWords(0)).toBe('nol');
    expect(indonesianNumberWords(7)).toBe('tujuh');
    expect(indonesianNumberWords(10)).toBe('sepuluh');
    expect(indonesianNumberWords(11)).toBe('sebelas');
    expect(indonesianNumberWords(15)).toBe('lima belas');
    expect(indonesianNumberWords(20)).toBe('dua puluh');
    expect(indonesianNumberWords(23)).toBe('dua puluh tiga');
    expect(indonesianNumberWords(100)).toBe('seratus');
    expect(indonesianNumberWords(111)).toBe('seratus sebelas');
    expect(indonesianNumberWords(250)).toBe('dua ratus lima puluh');
    expect(indonesianNumberWords(1000)).toBe('seribu');
    expect(indonesianNumberWords(1205)).toBe('seribu dua ratus lima');
    expect(indonesianNumberWords(21000)).toBe('dua puluh satu ribu');
  });

  it('reads a label by letter name and number without leading zeros', () => {
    expect(spokenTicketLabel('A-023')).toBe('A, dua puluh tiga');
    expect(spokenTicketLabel('B-001')).toBe('Be, satu');
    expect(spokenTicketLabel('P-110')).toBe('Pe, seratus sepuluh');
    expect(spokenTicketLabel('K 5')).toBe('Ka, lima');
    expect(spokenTicketLabel('017')).toBe('tujuh belas');
  });

  it('builds the caption and the spoken call with the counter', () => {
    expect(queueCallCaption('A-023', 2)).toBe('Nomor antrian A-023, silakan ke loket 2');
    expect(queueCallSpeech('A-023', 2)).toBe('Nomor antrian A, dua puluh tiga, silakan ke loket dua.');
    expect(queueCallSpeech('P-004', 12, true)).toBe(
      'Panggilan ulang. Nomor antrian Pe, empat, silakan ke loket dua belas.',
    );
  });
});
