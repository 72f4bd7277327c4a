import type { speedFr } from './speed.messages';

export const speedEn: Record<keyof typeof speedFr, string> = {
  staticNoScript:
    'The interactive map needs JavaScript. The list of hubs, with their commune and sources, can still be read alongside.',
  staticSourcesOf: 'Sources of {name}',
};
