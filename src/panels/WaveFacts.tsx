import { partialDate } from '../data/intl-formats';
import type { Wave } from '../data/types';
import { waveLabel } from '../data/waves';
import type { Lang } from '../i18n/messages';
import { useT } from '../state/use-t';
import { FactRow as Row } from './FactRow';

/**
 * The wave that backed a pole, from appels.csv: its label, when its laureates were announced
 * and the support it gave, in the words of its sources (French), which `WaveSources` lists.
 */
export function WaveFacts({
  wave,
  code,
  lang,
}: {
  wave: Wave | undefined;
  code: string;
  lang: Lang;
}) {
  const t = useT();
  if (!wave) return <Row label={t('f_wave')}>{t('waveUnknown', { code })}</Row>;
  return (
    <>
      <Row label={t('f_wave')}>
        <span data-wave={wave.code}>{waveLabel(wave, lang)}</span>
      </Row>
      <Row label={t('f_waveDate')}>{partialDate(wave.date, lang)}</Row>
      <Row label={t('f_support')}>
        {!wave.funded && <strong className="details__accompanied">{t('waveAccompanied')}</strong>}
        {!wave.funded && wave.support && ' — '}
        {wave.support && <span lang="fr">{wave.support}</span>}
      </Row>
    </>
  );
}

export function WaveSources({ wave }: { wave: Wave | undefined }) {
  const t = useT();
  if (!wave) return null;
  return (
    <>
      <h3>{t('f_waveSources')}</h3>
      <ol className="details__sources details__sources--wave">
        {wave.sources.map((s) => (
          <li key={s}>
            <a href={s} target="_blank" rel="noopener noreferrer">
              {s}
            </a>
          </li>
        ))}
      </ol>
    </>
  );
}
