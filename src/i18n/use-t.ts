import { useCallback } from 'react';
import { useAppStore } from '../state/store';
import { MESSAGES, format, type MessageKey } from './messages';

export type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export function useT(): T {
  const lang = useAppStore((s) => s.lang);
  return useCallback((key, params) => format(MESSAGES[lang][key], params), [lang]);
}
