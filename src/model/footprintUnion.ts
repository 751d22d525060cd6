import type { CutMask } from './cuts';
import type { NetworkLayer } from './networks';

/**
 * The union of some networks' footprints (and, with `withContent`, those of the content and cloud networks) as a
 * closed-edge mask, cached by the set: many flows are carried by the same networks.
 */
export class FootprintUnions {
  private unions = new Map<string, Uint8Array>();

  constructor(
    private readonly edgeCount: number,
    private readonly layer: NetworkLayer,
    /** The edges of a network's footprint that the cut left, ascending. */
    private readonly openEdgesOf: (network: number) => Int32Array,
    private readonly mask?: CutMask,
    /** The intact network's unions, which a cut's are derived from. */
    private readonly intact?: FootprintUnions,
  ) {}

  get(networks: readonly number[], withContent: boolean): Uint8Array {
    const key = `${withContent ? 'c' : ''}${networks.join(',')}`;
    let closed = this.unions.get(key);
    if (!closed && this.intact && !this.intact.mask && this.mask) {
      // Under a cut, the union is the intact one less the dead edges (each network loses those in its footprint):
      // a copy only where one of them is in it.
      const intact = this.intact.get(networks, withContent);
      if (this.mask.deadEdges.some((e) => !intact[e])) {
        closed = intact.slice();
        for (const e of this.mask.deadEdges) closed[e] = 1;
      } else closed = intact;
      this.unions.set(key, closed);
    }
    if (!closed) {
      if (withContent) {
        const content = this.layer.networks.filter((n) => n.kind === 'carrier' && !n.sellsTransit).map((n) => n.index);
        closed = this.get(content, false).slice();
      } else closed = new Uint8Array(this.edgeCount).fill(1);
      for (const n of networks) for (const e of this.openEdgesOf(n)) closed[e] = 0;
      this.unions.set(key, closed);
    }
    return closed;
  }
}
