/** Below this width the page takes its phone layout: the map fills it, panels are sheets. */
export const PHONE_QUERY = '(max-width: 700px)';
