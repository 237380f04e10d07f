import { BreachedPasswordChecker } from './breached-password.checker';
import { DEFAULT_PASSWORD_POLICY, PasswordPolicy } from './password-policy';
import { PasswordPolicyService } from './password-policy.service';
import { estimateStrength, STRENGTH_INPUT_MAX } from './password-strength';

// The estimate is replaced by a spy here, to see when it runs; its scores have their own specs.
jest.mock('./password-strength', () => {
  const actual = jest.requireActual<typeof import('./password-strength')>('./password-strength');
  return { ...actual, estimateStrength: jest.fn(actual.estimateStrength) };
});
const estimate = estimateStrength as jest.MockedFunction<typeof estimateStrength>;

const POLICY: PasswordPolicy = { ...DEFAULT_PASSWORD_POLICY, rejectBreached: false };
const service = new PasswordPolicyService(new BreachedPasswordChecker({ baseUrl: null }));
const codes = async (password: string, policy: Partial<PasswordPolicy> = {}) =>
  (await service.check(password, { ...POLICY, ...policy })).map((v) => v.code);

describe('PasswordPolicyService: the strength estimate only runs when the cheap rules passed', () => {
  beforeEach(() => estimate.mockClear());

  it('is not called for a 1 KB password over maxLength', async () => {
    await expect(codes('x'.repeat(1024))).resolves.toEqual(['PASSWORD_TOO_LONG']);
    expect(estimate).not.toHaveBeenCalled();
  });

  it('is not called for a password under minLength', async () => {
    await expect(codes('short')).resolves.toEqual(['PASSWORD_TOO_SHORT']);
    expect(estimate).not.toHaveBeenCalled();
  });

  it('is not called after a character-class or allowed-characters violation', async () => {
    await expect(codes('vivid-otter-marble-canyon', { requireDigit: true })).resolves.toEqual(['PASSWORD_NEEDS_DIGIT']);
    await expect(codes('żółw-wędruje-przez-łąkę-42', { allowedCharacters: 'latin-digits-symbols' })).resolves.toEqual([
      'PASSWORD_CHARACTERS_NOT_ALLOWED',
    ]);
    expect(estimate).not.toHaveBeenCalled();
  });

  it('is called once, with the user inputs, when every other rule passed', async () => {
    await expect(service.check('password12', POLICY, { userInputs: ['ala@example.com'] })).resolves.toEqual([
      { code: 'PASSWORD_TOO_WEAK', params: { minStrength: 2, score: expect.any(Number) } },
    ]);
    expect(estimate).toHaveBeenCalledTimes(1);
    expect(estimate).toHaveBeenCalledWith('password12', ['ala@example.com']);
  });

  it('judges at most STRENGTH_INPUT_MAX units, never half an emoji, so a long allowed password costs no more than a short one', () => {
    const { estimateStrength: real } = jest.requireActual<typeof import('./password-strength')>('./password-strength');
    const head = 'correct-horse-battery-staple-'.repeat(3).slice(0, STRENGTH_INPUT_MAX - 1);
    expect(real(head + '😀' + 'password'.repeat(100))).toBe(real(head));
    expect(real(head + 'x' + 'password'.repeat(100))).toBe(real(head + 'x'));
  });
});
