import { PHONE_QUERY } from './compact';

/**
 * Lays the static page of index.html out as the app will be, now that a script runs: on a phone
 * or embedded, the map fills the page (without a script, a phone reads the list instead).
 * Returns the map's frame, or null where there is no static page (the dev server).
 */
export function prepareStaticPage(embed: boolean): HTMLElement | null {
  const page = document.querySelector<HTMLElement>('.app--static');
  if (!page) return null;
  if (embed || window.matchMedia(PHONE_QUERY).matches) {
    page.classList.add('app--compact');
    // With reduced motion every property has a 0.01 ms transition (src/styles.css): end them,
    // or the map would be fitted to the frame as it was before the switch.
    for (const a of page.getAnimations({ subtree: true })) a.finish();
  }
  return page.querySelector<HTMLElement>('.static-map');
}

/**
 * When the app's code cannot load: the static page stays, laid out as without a script (a phone
 * reads the list again), and says why in an alert.
 */
export function staticPageStays(frame: HTMLElement | null, en: boolean): void {
  const page = document.querySelector('.app--static');
  page?.classList.remove('app--compact');
  page?.classList.add('app--failed');
  const note = document.createElement('p');
  note.setAttribute('role', 'alert');
  note.className = 'static-map__note';
  note.textContent = en
    ? 'The application could not be loaded (one of its files is missing or the network failed): the list and the map of the poles stay, without their details and filters. Reload the page to try again.'
    : "L'application n'a pas pu se charger (un de ses fichiers manque ou le réseau a échoué) : la liste et la carte des pôles restent, sans leurs fiches ni les filtres. Rechargez la page pour réessayer.";
  (frame ?? document.body).prepend(note);
}
