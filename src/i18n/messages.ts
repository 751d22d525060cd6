import { de } from './de';
import { en } from './en';
import type { Messages } from './en';

export type { Messages };

/** The interface languages, in the order the language switch lists them. */
export const LANGS = ['en', 'de'] as const;
export type Lang = (typeof LANGS)[number];

/** Every language's messages: plain data, no React, so the store and the views both read it. */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { en, de };

export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}
