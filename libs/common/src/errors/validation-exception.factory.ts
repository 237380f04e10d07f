import { HttpStatus, ValidationError } from '@nestjs/common';
import { CodedException, FieldError } from './coded.exception';
import { CommonErrorCode } from './common-error-code';
import { MAX_FIELD_ERRORS } from './json-body';

/** `isEmail` -> `IS_EMAIL`; the unknown-field constraint gets a clearer name. */
function constraintCode(name: string): string {
  if (name === 'whitelistValidation') return 'UNKNOWN_FIELD';
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/**
 * Field errors in document order: the first {@link MAX_FIELD_ERRORS} in full, the rest only
 * counted, so a body with thousands of bad fields builds a bounded answer. Iterative: the
 * error tree is as deep as the body.
 */
function flatten(errors: ValidationError[]): { errors: FieldError[]; total: number } {
  const out: FieldError[] = [];
  let total = 0;
  const stack: Array<[ValidationError, string]> = errors.map((error) => [error, ''] as [ValidationError, string]).reverse();
  while (stack.length) {
    const [error, prefix] = stack.pop()!;
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [name, message] of Object.entries(error.constraints ?? {})) {
      total++;
      // The English text of class-validator stays as a fallback for constraints we do not translate.
      if (out.length < MAX_FIELD_ERRORS) out.push({ field, code: constraintCode(name), params: { fallback: message } });
    }
    const children = error.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], field]);
  }
  return { errors: out, total };
}

/**
 * `ValidationPipe({ exceptionFactory })`: turns class-validator errors into one 400
 * `VALIDATION_FAILED` problem with an entry per field and constraint, at most
 * {@link MAX_FIELD_ERRORS}; past that, `params.errorsTotal` says how many there were and the
 * problem document shows it as `errorsTotal`.
 */
export function validationExceptionFactory(errors: ValidationError[]): CodedException {
  const { errors: fields, total } = flatten(errors);
  const params = total > fields.length ? { errorsTotal: total } : undefined;
  return new CodedException(HttpStatus.BAD_REQUEST, CommonErrorCode.ValidationFailed, params, fields);
}
