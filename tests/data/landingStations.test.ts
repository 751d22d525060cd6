// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import type { Dataset, LandingPoint } from '../../src/data/schema';
import { tinyDataset } from '../fixtures/loadFixture';

const release = ['https://example.org/landing-party'];

/** The tiny fixture with Bude's stations set, validated: its "where: message" lines. */
function problemsWithStations(stations: LandingPoint['stations']): string[] {
  const d: Dataset = tinyDataset();
  d.landingPoints.find((l) => l.id === 'bude-gb')!.stations = stations;
  const result = validateDataset(d);
  return result.ok ? [] : result.problems.map((p) => `${p.where}: ${p.message}`);
}

describe('validateDataset: who runs a landing station', () => {
  it('accepts stations with or without a carrier of ours, a name and the cables that end there', () => {
    expect(
      problemsWithStations([
        { operator: 'Vodafone', carrier: 'vodafone', station: 'Bude CLS', cables: ['apollo', 'amitie'], sources: release },
        { operator: 'A landing company', sources: release, confidence: 'inferred' },
      ]),
    ).toEqual([]);
  });

  it('names an unknown carrier, an unknown cable and a cable that does not land there', () => {
    const d = tinyDataset();
    d.cables.find((c) => c.id === 'apollo')!.landingPoints = ['shirley-us', 'lynn-us'];
    d.cables.find((c) => c.id === 'apollo')!.segments = [{ from: 'shirley-us', to: 'lynn-us' }];
    d.landingPoints.find((l) => l.id === 'bude-gb')!.stations = [{ operator: 'Atlantis Telecom', carrier: 'atlantis', cables: ['nemo', 'apollo'], sources: release }];
    const result = validateDataset(d);
    expect(result.ok ? [] : result.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'landingPoints[0] "bude-gb".stations[0].carrier: unknown carrier "atlantis"',
      'landingPoints[0] "bude-gb".stations[0].cables[0]: unknown cable "nemo"',
      'landingPoints[0] "bude-gb".stations[0].cables[1]: cable "apollo" does not land at "bude-gb"',
    ]);
  });

  it('names a station listed twice, and accepts a cable named under its building and its landing party', () => {
    expect(
      problemsWithStations([
        { operator: 'Vodafone', station: 'Bude CLS', cables: ['apollo'], sources: release },
        { operator: 'Vodafone', station: 'Bude CLS', sources: release },
        { operator: 'A data-centre company', station: 'BUD1', cables: ['apollo'], sources: release },
      ]),
    ).toEqual(['landingPoints[0] "bude-gb".stations[1].operator: station "Bude CLS" is listed twice']);
  });

  it('refuses a station without a source or an operator, and an empty list', () => {
    const missing = problemsWithStations([{ operator: '', sources: [] }]);
    expect(missing.some((p) => p.startsWith('landingPoints[0] "bude-gb".stations[0].operator'))).toBe(true);
    expect(missing.some((p) => p.startsWith('landingPoints[0] "bude-gb".stations[0].sources'))).toBe(true);
    expect(problemsWithStations([]).some((p) => p.startsWith('landingPoints[0] "bude-gb".stations'))).toBe(true);
  });
});
