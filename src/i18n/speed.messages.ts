// Strings of the static first paint (written into index.html at build time, in French) and of
// the lazily loaded parts of the page.
export const speedFr = {
  staticNoScript:
    'La carte interactive nécessite JavaScript. La liste des pôles, avec leur commune et leurs sources, reste lisible ci-contre.',
  staticSourcesOf: 'Sources de {name}',
};

export const speedEn: Record<keyof typeof speedFr, string> = {
  staticNoScript:
    'The interactive map needs JavaScript. The list of hubs, with their commune and sources, can still be read alongside.',
  staticSourcesOf: 'Sources of {name}',
};
