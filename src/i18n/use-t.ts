import { useCallback } from 'react';
import { useAppStore } from '../state/store';
import { format, messagesFor, type MessageKey } from './messages';

export type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export function useT(): T {
  const lang = useAppStore((s) => s.lang);
  return useCallback((key, params) => format(messagesFor(lang)[key], params), [lang]);
}
