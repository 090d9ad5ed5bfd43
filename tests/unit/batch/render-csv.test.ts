// CSV report: RFC 4180 quoting, one row per run, one column per metric, n/a an empty numeric cell.
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../../src/render/batch/csv.js';
import { aReport, aRunResult } from './builders.js';

const rowsOf = (csv: string) => csv.split('\r\n');

describe('renderCsv', () => {
  it('writes a header with a column per metric and one CRLF-ended row per run', () => {
    const csv = renderCsv(aReport([aRunResult(), aRunResult({ index: 1, name: 'b' })]));
    expect(rowsOf(csv)[0]).toBe(
      'index,name,repetition,file,scenario,seed,overallScore,band,question_quality,objection_navigation,passed,failures,endReason,endedEarly,openness,commitment,objectionsRaised,objectionsResolved,prioritiesUncovered,prioritiesTotal,hcpEndReason',
    );
    expect(rowsOf(csv)).toHaveLength(4);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it.each([
    { what: 'a comma', name: 'strong, early', cell: '"strong, early"' },
    { what: 'a double quote', name: 'the "ask" run', cell: '"the ""ask"" run"' },
    { what: 'a newline', name: 'two\nlines', cell: '"two\nlines"' },
    { what: 'nothing special', name: 'plain', cell: 'plain' },
  ])('quotes a name with $what as RFC 4180 says', ({ name, cell }) => {
    expect(renderCsv(aReport([aRunResult({ name })]))).toContain(`\r\n0,${cell},1,`);
  });

  it('leaves a metric that did not apply empty, never "n/a" in a numeric column (issue 15), and joins failures with semicolons', () => {
    const row = rowsOf(
      renderCsv(aReport([aRunResult({ passed: false, failures: ['overall 2.4 < minOverall 3.5', 'band x'] })])),
    )[1];
    expect(row).toBe(
      '0,a run,1,runs/a.yaml,test-scenario,1,3.0,Developing,3.0,,false,overall 2.4 < minOverall 3.5; band x,rep-ended,,6,asked,2,1,1,3,',
    );
  });

  it('writes the outcome after the columns that were there before, with the HCP end reason when it ended the talk', () => {
    const outcome = {
      openness: 9,
      commitment: 'agreed' as const,
      objections: { raised: 1, resolved: 1 },
      prioritiesUncovered: { uncovered: 3, total: 3 },
      endReason: 'commitment',
    };
    const row = rowsOf(renderCsv(aReport([aRunResult({ endReason: 'commitment', outcome })])))[1];
    expect(row).toBe(
      '0,a run,1,runs/a.yaml,test-scenario,1,3.0,Developing,3.0,,true,,commitment,,9,agreed,1,1,3,3,commitment',
    );
  });
});

describe('renderCsv against spreadsheet formulas (issue 13)', () => {
  const cellOf = (name: string) =>
    rowsOf(renderCsv(aReport([aRunResult({ name })])))[1]!
      .split(',')
      .slice(1, -19)
      .join(',');

  it.each([
    { name: '=HYPERLINK("http://evil.example","click")', cell: `"'=HYPERLINK(""http://evil.example"",""click"")"` },
    { name: '+1+1', cell: "'+1+1" },
    { name: '-2+3', cell: "'-2+3" },
    { name: '@SUM(A1:A2)', cell: "'@SUM(A1:A2)" },
    { name: '\t=1', cell: "'\t=1" },
    { name: '  =1+1', cell: "'  =1+1" },
    { name: '\uFF1D1+1', cell: "'\uFF1D1+1" },
    { name: 'a = b', cell: 'a = b' },
    { name: 'strong-rep', cell: 'strong-rep' },
  ])('writes $name as $cell', ({ name, cell }) => expect(cellOf(name)).toBe(cell));

  it('neutralizes a cell starting with a CR, which sanitizing turns into a line break', () => {
    expect(cellOf('\r=1')).toBe(`"'\n=1"`);
  });

  it('neutralizes every text column and metric ids in the header, and leaves numbers alone', () => {
    const csv = renderCsv(
      aReport([aRunResult({ file: '=f', scenario: '+s', failures: ['@x'], passed: false, metrics: { '-m': 3 } })]),
    );
    const [header, row] = rowsOf(csv);
    expect(header).toContain(",'-m,");
    expect(row).toBe("0,a run,1,'=f,'+s,1,3.0,Developing,3.0,false,'@x,rep-ended,,6,asked,2,1,1,3,");
  });

  it('strips escape sequences and bidi characters from cells', () => {
    expect(cellOf('a\u001b[31mb\u202Ec\u009b2Jd')).toBe('abcd');
  });
});
