import { describe, expect, test } from 'vitest';
import { matchFragment, signParts, textAnchor } from '../../../src/lib/fragments.ts';

const ids = [
  'export',
  'import',
  'inMail',
  'mta',
  'stat',
  'syslogd',
  'tracking',
  'trackinglogd',
  'watchdog',
  'web',
  'wfserver',
];
/** The table's names: each id, its lowercase copy, and a former id. */
const table = new Map([...ids.map((id): [string, string] => [id, id]), ['inmail', 'inMail'], ['mailer', 'inMail']]);
const signs = new Map(
  ['mta--start-pending', 'mta--stop-pending', 'mta--quarantine'].map((a): [string, string] => [a, a]),
);

describe('matchFragment()', () => {
  test('lands on an entry named in any letter case, or by a former id', () => {
    expect(matchFragment('MTA', table)).toEqual({ kind: 'entry', id: 'mta' });
    expect(matchFragment('WfServer', table)).toEqual({ kind: 'entry', id: 'wfserver' });
    expect(matchFragment('INMAIL', table)).toEqual({ kind: 'entry', id: 'inMail' });
    expect(matchFragment('Mailer', table)).toEqual({ kind: 'entry', id: 'inMail' });
    expect(matchFragment('MTA--START-PENDING', signs)).toEqual({ kind: 'entry', id: 'mta--start-pending' });
  });

  test('lands on the one entry a typo is one edit from, two from eight letters', () => {
    expect(matchFragment('wfsever', table)).toEqual({ kind: 'entry', id: 'wfserver' });
    expect(matchFragment('exprot', table)).toEqual({ kind: 'entry', id: 'export' });
    expect(matchFragment('trakcinglgod', table)).toEqual({ kind: 'entry', id: 'trackinglogd' });
    expect(matchFragment('mta--start-pendng', signs)).toEqual({ kind: 'entry', id: 'mta--start-pending' });
    expect(matchFragment('mta--strat-pendig', signs)).toEqual({ kind: 'entry', id: 'mta--start-pending' });
  });

  test('does not land when two entries are equally close, and offers both', () => {
    const close = new Map([
      ['mta', 'mta'],
      ['mtb', 'mtb'],
      ['web', 'web'],
    ]);
    expect(matchFragment('mtc', close)).toEqual({ kind: 'unknown', candidates: ['mta', 'mtb'] });
  });

  test('does not land on a typo farther than allowed or typed in two letters, and offers the closest few', () => {
    expect(matchFragment('wfsrvr', table)).toEqual({ kind: 'unknown', candidates: ['wfserver'] });
    expect(matchFragment('we', table)).toEqual({ kind: 'unknown', candidates: ['web'] });
    expect(matchFragment('logd', table)).toEqual({ kind: 'unknown', candidates: ['syslogd', 'trackinglogd'] });
    expect(matchFragment('mail', table)).toEqual({ kind: 'unknown', candidates: ['inMail'] });
  });

  test('offers nothing for a fragment close to no entry', () => {
    expect(matchFragment('zzzzzzzz', table)).toEqual({ kind: 'unknown', candidates: [] });
    expect(matchFragment('', table)).toEqual({ kind: 'unknown', candidates: [] });
  });
});

describe('signParts()', () => {
  test("splits a sign's anchor into its module and sign, in any case", () => {
    expect(signParts('MTA--Start-Pending')).toEqual({ module: 'MTA', sign: 'Start-Pending' });
    expect(signParts('inMail--bounce')).toEqual({ module: 'inMail', sign: 'bounce' });
  });

  test('returns undefined for a fragment that is not a sign anchor', () => {
    expect(signParts('wfserver')).toBeUndefined();
    expect(signParts('port-25-tcp')).toBeUndefined();
    expect(signParts('--x')).toBeUndefined();
  });
});

describe('textAnchor()', () => {
  test('makes an anchor of a text as seen: lowercase words joined by "-"', () => {
    expect(textAnchor('Start pending')).toBe('start-pending');
    expect(textAnchor('25/tcp (smtp)')).toBe('25-tcp-smtp');
    expect(textAnchor("DNS query failed for '<domain>'")).toBe('dns-query-failed-for-domain');
  });
});
