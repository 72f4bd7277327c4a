import { describe, expect, it } from 'vitest';
import type { MainToWorker } from '../import/layer-protocol';
import { createRequester } from './worker-requests';

describe('worker requests', () => {
  it('pairs each answer with its question, whatever the order, and ignores the rest', async () => {
    const sent: MainToWorker[] = [];
    const requester = createRequester({ postMessage: (m) => sent.push(m) });
    const a = requester.ask<'issues'>({ type: 'issues', ref: 'L', from: 0, count: 10 });
    const b = requester.ask<'site'>({ type: 'site', layerId: 'L', siteId: 'r2' });
    expect(sent.map((m) => ('requestId' in m ? m.requestId : null))).toEqual([1, 2]);
    expect(requester.receive({ type: 'site', requestId: 2, site: null, layer: null })).toBe(true);
    expect(requester.receive({ type: 'issues', requestId: 1, issues: [], total: 3 })).toBe(true);
    expect(requester.receive({ type: 'issues', requestId: 1, issues: [], total: 3 })).toBe(false);
    expect(requester.receive({ type: 'removed', layerId: 'L' })).toBe(false);
    expect((await a).total).toBe(3);
    expect((await b).site).toBeNull();
  });
});
