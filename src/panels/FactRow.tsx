import type { ReactNode } from 'react';

/** One label/value pair of a details list (`<dl>`): a pole's, an imported site's, a QPV's. */
export function FactRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
