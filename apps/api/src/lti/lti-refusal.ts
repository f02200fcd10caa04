/** Why a login or launch was refused: the code a person can quote and the page shows, with what to do. */
export type LtiRefusalCode =
  | 'LTI_PLATFORM_UNKNOWN'
  | 'LTI_STATE_INVALID'
  | 'LTI_TOKEN_REPLAYED'
  | 'LTI_TOKEN_INVALID'
  | 'LTI_SIGNATURE_INVALID'
  | 'LTI_TOKEN_EXPIRED'
  | 'LTI_AUDIENCE_INVALID'
  | 'LTI_NONCE_INVALID'
  | 'LTI_DEPLOYMENT_UNKNOWN'
  | 'LTI_MESSAGE_INVALID'
  | 'LTI_TARGET_UNKNOWN'
  | 'LTI_DEEP_LINKING_INVALID';

export class LtiRefusal extends Error {
  constructor(
    readonly code: LtiRefusalCode,
    message: string,
    /** 400 for a request that cannot be right; 401 where who is launching was not proved. */
    readonly status: 400 | 401 = 401,
  ) {
    super(message);
  }
}
