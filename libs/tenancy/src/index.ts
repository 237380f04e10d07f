/** `@app/tenancy`: public face of the tenancy lib. */
export * from './tenancy.module';
export * from './tenancy.options';
