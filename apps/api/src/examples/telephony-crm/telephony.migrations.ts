import { TelephonyCrm1764000014500 } from './migrations/1764000014500-telephony-crm';

/** The example's migrations, in the app's list after the libs' ones. */
export const TELEPHONY_MIGRATIONS = [TelephonyCrm1764000014500];
