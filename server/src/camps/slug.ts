import { randomInt } from 'node:crypto';

const SUFFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const SUFFIX_LENGTH = 6;
/** SlugSchema allows 80 characters; the suffix and its dash take 7. */
const BASE_MAX = 80 - SUFFIX_LENGTH - 1;

/** Letters that Unicode decomposition would reduce wrongly for German readers (ä -> a). */
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ø: 'oe',
  Ø: 'Oe',
};

/** A readable ASCII slug of a title: "Nächstes Barcamp 2026!" -> "naechstes-barcamp-2026". */
export function slugify(title: string): string {
  const base = title
    .replace(/[äöüÄÖÜßẞæÆœŒøØ]/g, (letter) => TRANSLITERATIONS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, BASE_MAX)
    .replace(/-+$/, '');
  return base === '' ? 'camp' : base;
}

export function randomSlugSuffix(): string {
  return Array.from(
    { length: SUFFIX_LENGTH },
    () => SUFFIX_ALPHABET[randomInt(SUFFIX_ALPHABET.length)],
  ).join('');
}

/** The title's slug plus a random suffix, so that neither guessing nor equal titles collide. */
export function campSlug(title: string): string {
  return `${slugify(title)}-${randomSlugSuffix()}`;
}
