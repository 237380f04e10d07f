// Imported first by every bench entry point. libuv reads UV_THREADPOOL_SIZE once, when the pool
// is first used; nothing has used it when this module runs, so setting it here still takes effect.
// Unset, we write libuv's own default (4) explicitly so the report states what was in effect.
export const THREADPOOL_SIZE_FROM_ENV = process.env.UV_THREADPOOL_SIZE !== undefined;
process.env.UV_THREADPOOL_SIZE ??= '4';
export const THREADPOOL_SIZE = Number(process.env.UV_THREADPOOL_SIZE);
