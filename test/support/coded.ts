import { CodedException } from '@tenant-iam/common';

/** Awaits a promise that must reject with a {@link CodedException}, and returns that exception. */
export async function rejection(promise: Promise<unknown>): Promise<CodedException> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CodedException);
  return error as CodedException;
}
