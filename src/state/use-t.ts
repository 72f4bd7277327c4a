import { useCallback } from 'react';
import { format, messagesFor, type T } from '../i18n/messages';
import { useAppStore } from './store';

/** The strings of the page's language, as the store has it. */
export function useT(): T {
  const lang = useAppStore((s) => s.lang);
  return useCallback((key, params) => format(messagesFor(lang)[key], params), [lang]);
}
