import { HttpStatus, ValidationError } from '@nestjs/common';
import { CodedException, FieldError } from './coded.exception';
import { CommonErrorCode } from './common-error-code';

/** `isEmail` -> `IS_EMAIL`; the unknown-field constraint gets a clearer name. */
function constraintCode(name: string): string {
  if (name === 'whitelistValidation') return 'UNKNOWN_FIELD';
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([name, message]) => ({
      field,
      code: constraintCode(name),
      // The English text of class-validator stays as a fallback for constraints we do not translate.
      params: { fallback: message },
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * `ValidationPipe({ exceptionFactory })`: turns class-validator errors into one 400
 * `VALIDATION_FAILED` problem with an entry per field and constraint.
 */
export function validationExceptionFactory(errors: ValidationError[]): CodedException {
  return new CodedException(HttpStatus.BAD_REQUEST, CommonErrorCode.ValidationFailed, undefined, flatten(errors));
}
