// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { csvField, impactCsv, impactRecord } from '../../src/model/impactExport';
import { createScenarioEngine } from '../../src/model/scenario';
import { fixtureJson, loadBackbone } from './fixture';

const scenario = createScenarioEngine(loadBackbone()).evaluate(2025, { cables: ['farice-1'] });

describe('impactCsv', () => {
  it('impactCsv(scenario) has a header and one row per finding, the isolated Faroes among them', () => {
    const lines = impactCsv(scenario, ['cable:farice-1']).trim().split('\n');
    expect(lines[0]).toBe('section,subject,metric,value');
    expect(lines).toContain('scenario,cable:farice-1,cut,1');
    expect(lines).toContain('country,FO,isolated,1');
    expect(lines).toContain(`flows,all,stranded,${scenario.stranded}`);
  });

  it('csvField quotes commas and quotes, and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    // OWASP: a leading tab or carriage return before the formula is defused as well.
    expect(csvField('\t=1+1')).toBe("'\t=1+1");
    expect(csvField('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvField(null)).toBe('');
    expect(csvField(-3)).toBe('-3');
  });
});

describe('impactRecord', () => {
  it('impactRecord(scenario) keeps the counts and lists the changed flows without their geometry', () => {
    const record = impactRecord(scenario, ['cable:farice-1']);
    expect(record).toMatchObject({ year: 2025, cuts: ['cable:farice-1'], isolated: ['FO'], stranded: scenario.stranded });
    expect(record.changedFlows.every((f) => !('before' in f))).toBe(true);
    expect('day' in record).toBe(false);
  });

  it("a replay's impact names the day its network stood as, in the record and in the CSV", () => {
    const json = fixtureJson();
    json.cables.find((c) => c.id === 'grace-hopper')!.rfsDate = '2022-09-27';
    const spring = createScenarioEngine(loadBackbone(json)).evaluate(2022, { cables: ['farice-1'] }, '2022-05-01');
    expect(impactRecord(spring, ['cable:farice-1'])).toMatchObject({ year: 2022, day: '2022-05-01' });
    expect(impactCsv(spring, ['cable:farice-1']).split('\n')).toContain('scenario,day,day,2022-05-01');
  });
});
