import { estimateStrength, expandUserInputs } from './password-strength';

describe('expandUserInputs', () => {
  it('splits an email into its local part, domain label and words', () => {
    expect(expandUserInputs(['Jan.Kowalski@Example.com'])).toEqual([
      'jan.kowalski@example.com',
      'jan.kowalski',
      'example',
      'jan',
      'kowalski',
      'com',
    ]);
  });

  it('keeps names, drops blanks, short fragments and duplicates', () => {
    expect(expandUserInputs(['  Олена ', '', null, undefined, 'Anna-Maria Li', 'olena', 'Олена'])).toEqual([
      'олена',
      'anna-maria li',
      'anna',
      'maria',
      'olena',
    ]);
  });
});

describe('estimateStrength', () => {
  it('scores from 0 to 4', () => {
    expect(estimateStrength('password')).toBe(0);
    expect(estimateStrength('vivid-otter-marble-canyon-42')).toBe(4);
  });

  it('scores lower when the password is built from the user inputs', () => {
    const plain = estimateStrength('olenashevchenko1990');
    const personal = estimateStrength('olenashevchenko1990', ['olena.shevchenko@example.com']);
    expect(personal).toBeLessThan(plain);
  });
});
