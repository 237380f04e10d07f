import { HttpStatus } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsEmail, IsString, MinLength, ValidateNested, ValidationError, validateSync } from 'class-validator';
import { CodedException } from './coded.exception';
import { validationExceptionFactory } from './validation-exception.factory';

function error(property: string, constraints?: Record<string, string>, children: ValidationError[] = []): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

class AddressDto {
  @IsString()
  city: string;
}

class SignUpDto {
  @IsEmail()
  email: string;

  @MinLength(12)
  password: string;

  @ValidateNested()
  @Type(() => AddressDto)
  address: AddressDto;
}

describe('validationExceptionFactory', () => {
  it('is one 400 VALIDATION_FAILED coded exception', () => {
    const exception = validationExceptionFactory([error('email', { isEmail: 'email must be an email' })]);
    expect(exception).toBeInstanceOf(CodedException);
    expect(exception.getStatus()).toBe(HttpStatus.BAD_REQUEST);
    expect(exception.code).toBe('VALIDATION_FAILED');
    expect(exception.params).toBeUndefined();
    expect(exception.errors).toEqual([{ field: 'email', code: 'IS_EMAIL', params: { fallback: 'email must be an email' } }]);
  });

  it('gives one entry per field and constraint', () => {
    const exception = validationExceptionFactory([
      error('password', { isString: 'password must be a string', minLength: 'password must be longer than or equal to 12 characters' }),
      error('name', { isNotEmpty: 'name should not be empty' }),
    ]);
    expect(exception.errors?.map((e) => [e.field, e.code])).toEqual([
      ['password', 'IS_STRING'],
      ['password', 'MIN_LENGTH'],
      ['name', 'IS_NOT_EMPTY'],
    ]);
  });

  it('uses dotted paths for nested children', () => {
    const exception = validationExceptionFactory([
      error('settings', undefined, [
        error('minLength', { isInt: 'minLength must be an integer number' }),
        error('limits', undefined, [error('seats', { max: 'seats must not be greater than 100' })]),
      ]),
      error('items', undefined, [error('0', undefined, [error('sku', { isDefined: 'sku should not be null or undefined' })])]),
    ]);
    expect(exception.errors).toEqual([
      { field: 'settings.minLength', code: 'IS_INT', params: { fallback: 'minLength must be an integer number' } },
      { field: 'settings.limits.seats', code: 'MAX', params: { fallback: 'seats must not be greater than 100' } },
      { field: 'items.0.sku', code: 'IS_DEFINED', params: { fallback: 'sku should not be null or undefined' } },
    ]);
  });

  it('calls a forbidden non-whitelisted property UNKNOWN_FIELD', () => {
    const exception = validationExceptionFactory([error('isAdmin', { whitelistValidation: 'property isAdmin should not exist' })]);
    expect(exception.errors).toEqual([
      { field: 'isAdmin', code: 'UNKNOWN_FIELD', params: { fallback: 'property isAdmin should not exist' } },
    ]);
  });

  it.each([
    ['isEmail', 'IS_EMAIL'],
    ['minLength', 'MIN_LENGTH'],
    ['isNotEmpty', 'IS_NOT_EMPTY'],
    ['max', 'MAX'],
    ['isUuid', 'IS_UUID'],
    ['isISO8601', 'IS_ISO8601'],
    ['arrayMinSize', 'ARRAY_MIN_SIZE'],
    ['isStrongPassword', 'IS_STRONG_PASSWORD'],
  ])('turns the constraint %s into %s', (name, code) => {
    expect(validationExceptionFactory([error('field', { [name]: 'text' })]).errors?.[0].code).toBe(code);
  });

  it('handles what class-validator really produces', () => {
    const dto = Object.assign(new SignUpDto(), {
      email: 'not-an-email',
      password: 'short',
      address: Object.assign(new AddressDto(), { city: 7 }),
      isAdmin: true,
    });
    const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true });
    const codes = validationExceptionFactory(errors).errors?.map((e) => `${e.field}:${e.code}`);
    expect(codes?.sort()).toEqual(['address.city:IS_STRING', 'email:IS_EMAIL', 'isAdmin:UNKNOWN_FIELD', 'password:MIN_LENGTH']);
  });

  it('keeps the first 20 entries in document order and counts them all in params.errorsTotal', () => {
    const errors = Array.from({ length: 300 }, (_, i) => error(`k${i}`, { whitelistValidation: `property k${i} should not exist` }));
    const exception = validationExceptionFactory([error('a', undefined, [error('b', { isInt: 'b must be an integer' })]), ...errors]);
    expect(exception.errors).toHaveLength(20);
    expect(exception.errors?.slice(0, 2).map((e) => e.field)).toEqual(['a.b', 'k0']);
    expect(exception.params).toEqual({ errorsTotal: 301 });
  });

  it('flattens an error tree deeper than the call stack', () => {
    let deep = error('leaf', { isInt: 'leaf must be an integer' });
    for (let i = 0; i < 20_000; i++) deep = error('x', undefined, [deep]);
    expect(validationExceptionFactory([deep]).errors?.[0].code).toBe('IS_INT');
  });

  it('gives no errors for no validation errors', () => {
    expect(validationExceptionFactory([]).errors).toEqual([]);
  });
});
