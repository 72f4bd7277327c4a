// The DOM-capture library, behind a module of its own so that its chunk has a name
// (capture-library-*.js) that tests and the bench can look for.
export { domToCanvas } from 'modern-screenshot';
