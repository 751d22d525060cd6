// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { failoverStory } from '../../src/model/failoverStory';
import type { StoryHop, StoryRoute } from '../../src/model/failoverStory';

// Three networks worked out by hand: a customer (access-de) with two providers that peer (tata, ntt),
// and the destination's access network (access-jp), a customer of ntt.
const hop = (carrier: string, next: StoryHop['next'], elements: string[] = []): StoryHop => ({ carrier, name: carrier.toUpperCase(), next, elements });
const route = (rttMs: number | null, ...asPath: StoryHop[]): StoryRoute => ({ rttMs, asPath });
const intact = route(220, hop('access-de', 'provider'), hop('tata', 'peer', ['aae-1']), hop('ntt', 'customer', ['tpe']), hop('access-jp', null));

describe('failoverStory', () => {
  it('the same networks over the same fibre: unchanged', () => {
    expect(failoverStory(intact, intact)).toEqual({ kind: 'unchanged' });
  });

  it('the same networks, one stretch over other fibre: that network rerouted inside, over what it now uses', () => {
    const after = route(231, hop('access-de', 'provider'), hop('tata', 'peer', ['tgn-eurasia', 'aae-1']), hop('ntt', 'customer', ['tpe']), hop('access-jp', null));
    expect(failoverStory(intact, after)).toEqual({ kind: 'inside', network: { carrier: 'tata', name: 'TATA' }, over: ['tgn-eurasia'] });
  });

  it('a network gone from the path: it withdrew, and the one that took over is named with what it is to the one before', () => {
    const after = route(260, hop('access-de', 'provider'), hop('ntt', 'customer', ['smw5']), hop('access-jp', null));
    expect(failoverStory(intact, after)).toEqual({
      kind: 'as-path',
      withdrawn: [{ carrier: 'tata', name: 'TATA' }],
      via: [],
    });
    const around = route(260, hop('access-de', 'provider'), hop('arelion', 'peer', ['tat']), hop('ntt', 'customer', ['tpe']), hop('access-jp', null));
    expect(failoverStory(intact, around)).toEqual({
      kind: 'as-path',
      withdrawn: [{ carrier: 'tata', name: 'TATA' }],
      via: [{ carrier: 'arelion', name: 'ARELION', relation: 'provider' }],
    });
  });

  it('no route left: lost, naming the networks that carried it', () => {
    expect(failoverStory(intact, route(null))).toEqual({ kind: 'lost', networks: intact.asPath.map(({ carrier, name }) => ({ carrier, name })) });
    expect(failoverStory(route(null), route(null))).toEqual({ kind: 'unchanged' });
  });
});
