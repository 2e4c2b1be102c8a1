/**
 * The error values as Excel's custom-functions runtime defines them. The stand-in below has the
 * runtime's enum exactly as @types/custom-functions-runtime declares it (camelCase keys, the
 * cell's error text as value) and an Error that refuses an undefined code, the way a wrong key
 * (`ErrorCode['NotAvailable']`) would have shown in Excel: a cell without a proper error.
 */
import { functionError } from '../../src/functions/errors';
import { RUNTIME_ERROR_CODES } from '../fake-excel/host';
import { eligible, reasons } from '../../src/functions/eligibility';
import { businessCase, region } from '../../src/functions/regions';
import { threshold } from '../../src/functions/bi';


class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {
    if (!Object.values(RUNTIME_ERROR_CODES).includes(code as never)) throw new Error(`geen foutcode van de runtime: ${String(code)}`);
  }
}

const global = globalThis as { CustomFunctions?: unknown };

beforeAll(() => {
  global.CustomFunctions = { Error: StandInError, ErrorCode: RUNTIME_ERROR_CODES };
});
afterAll(() => {
  delete global.CustomFunctions;
});

describe('error values with the runtime present', () => {
  it('every code maps to the cell error of the runtime enum', () => {
    for (const [key, cell] of Object.entries(RUNTIME_ERROR_CODES)) {
      const made = functionError(key as keyof typeof RUNTIME_ERROR_CODES, 'uitleg');
      expect(made).toBeInstanceOf(StandInError);
      expect(made).toMatchObject({ code: cell, message: 'uitleg' });
    }
  });

  it('=ZK.ELIGIBLE on an empty header row is #VALUE! with the Dutch message', () => {
    expect(eligible([['', '']], [['a', 'b']])).toMatchObject({ code: '#VALUE!', message: expect.stringContaining('kopregel is leeg') });
    expect(reasons([['']], [['x']])[0][0]).toMatchObject({ code: '#VALUE!' });
  });

  it('=ZK.ELIGIBLE of an application without data is #N/A "onvolledig"', () => {
    expect(eligible([['id', 'naamInitiatief']], [['A1', 'Iets']])).toMatchObject({ code: '#N/A', message: expect.stringMatching(/^onvolledig/) });
  });

  it('=ZK.REGION of an unknown name is #N/A; =ZK.BUSINESSCASE of text is #VALUE!', () => {
    expect(region('Utreht')).toMatchObject({ code: '#N/A' });
    expect(businessCase('veel', 1)).toMatchObject({ code: '#VALUE!' });
  });

  it('=ZK.BI.THRESHOLD of one number is #NUM!', () => {
    expect(threshold([[100]])).toMatchObject({ code: '#NUM!' });
  });
});
