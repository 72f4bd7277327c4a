// Strings of the static first paint (written into index.html at build time, in French) and of
// the lazily loaded parts of the page.
export const speedFr = {
  staticNoScript:
    'La carte interactive nécessite JavaScript. La liste des pôles, avec leur commune et leurs sources, reste lisible ci-contre.',
  staticSourcesOf: 'Sources de {name}',
};
