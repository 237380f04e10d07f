import { DECORATORS } from '@nestjs/swagger';
import { ApiProblems, COMMON_PROBLEMS, mergeProblemCodes, PROBLEM_MEDIA_TYPE } from './api-problems.decorator';
import { ProblemDetails } from './problem-details.schema';

describe('ApiProblems', () => {
  class Controller {
    @ApiProblems(COMMON_PROBLEMS.body, { 401: ['INVALID_CREDENTIALS'], 400: ['VALIDATION_FAILED', 'TOKEN_INVALID'] })
    login(): void {}
  }
  const responses = Reflect.getMetadata(DECORATORS.API_RESPONSE, Controller.prototype.login) as Record<string, any>;

  it('declares one problem+json response per status, codes merged, de-duplicated and sorted', () => {
    expect(Object.keys(responses).sort()).toEqual(['400', '401']);
    expect(responses['400'].description).toBe('Bad Request: `MALFORMED_BODY`, `TOKEN_INVALID`, `VALIDATION_FAILED`');
    const schema = responses['400'].content[PROBLEM_MEDIA_TYPE].schema;
    expect(schema.allOf[0]).toEqual({ $ref: '#/components/schemas/ProblemDetails' });
    expect(schema.allOf[1].properties).toEqual({
      status: { type: 'integer', enum: [400] },
      code: { type: 'string', enum: ['MALFORMED_BODY', 'TOKEN_INVALID', 'VALIDATION_FAILED'] },
    });
    expect(responses['401'].content[PROBLEM_MEDIA_TYPE].schema.allOf[1].properties.code.enum).toEqual(['INVALID_CREDENTIALS']);
  });

  it('declares Retry-After on a 429 only', () => {
    class Throttled {
      @ApiProblems(COMMON_PROBLEMS.throttled, COMMON_PROBLEMS.query)
      list(): void {}
    }
    const declared = Reflect.getMetadata(DECORATORS.API_RESPONSE, Throttled.prototype.list) as Record<string, any>;
    expect(Object.keys(declared['429'].headers)).toEqual(['Retry-After']);
    expect(declared['400'].headers).toBeUndefined();
  });

  it('registers the ProblemDetails schema with the route', () => {
    expect(Reflect.getMetadata(DECORATORS.API_EXTRA_MODELS, Controller.prototype.login)).toContain(ProblemDetails);
  });

  it('merges sets status by status, in status order', () => {
    const merged = mergeProblemCodes({ 429: ['B'] }, { 400: ['Z', 'A'] }, { 429: ['A', 'B'] });
    expect([...merged]).toEqual([
      [400, ['A', 'Z']],
      [429, ['A', 'B']],
    ]);
  });
});
