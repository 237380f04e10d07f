/** Codes of the operator routes (`/admin/*`). A caller who is not an operator gets 404 `NOT_FOUND`. */
export enum AdminErrorCode {
  /** 422: a plan name the plans file does not define; params `{ plans }` lists the known ones. */
  UnknownPlan = 'UNKNOWN_PLAN',
}
