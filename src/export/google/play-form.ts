/**
 * The layout of the Play Console Data safety CSV: its header and the questions that come before
 * the data types, in the order Play Console exports them. The data-type and purpose rows are built
 * from src/export/mappings/google-data-safety.json, which holds their ids and labels.
 *
 * Source: the template Play Console writes with "Export to CSV" on the Data safety form, as copied
 * in owenbean400/fastlane-plugin-google_data_safety (helper/prompt_create_data_safety_csv_helper.rb,
 * commit bea0f70). Google does not publish this layout outside Play Console, so it could not be
 * checked against a Google-hosted file; see the mapping table's sources.
 */

/** The five columns of every row. */
export const PLAY_CSV_HEADER = ['Question ID (machine readable)', 'Response ID (machine readable)', 'Response value', 'Answer requirement', 'Human-friendly question label'] as const

export type AnswerRequirement = 'REQUIRED' | 'MAYBE_REQUIRED' | 'OPTIONAL' | 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE'

export interface PlayQuestion {
  question: string
  response: string
  requirement: AnswerRequirement
  label: string
}

const ACCOUNT_METHODS = 'Which of the following methods of account creation does your app support? Select all that apply'
const DELETION = 'Do you provide a way for users to request that their data is deleted?'
const OUTSIDE_TYPES = 'How are these accounts created?'

/** The questions before the data types, in export order. */
export const PLAY_LEADING_QUESTIONS: readonly PlayQuestion[] = [
  { question: 'PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA', response: '', requirement: 'REQUIRED', label: 'Does your app collect or share any of the required user data types?' },
  { question: 'PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT', response: '', requirement: 'MAYBE_REQUIRED', label: 'Is all of the user data collected by your app encrypted in transit?' },
  { question: 'PSL_SUPPORTED_ACCOUNT_CREATION_METHODS', response: 'PSL_ACM_USER_ID_PASSWORD', requirement: 'MULTIPLE_CHOICE', label: `${ACCOUNT_METHODS} / Username and password` },
  { question: 'PSL_SUPPORTED_ACCOUNT_CREATION_METHODS', response: 'PSL_ACM_USER_ID_OTHER_AUTH', requirement: 'MULTIPLE_CHOICE', label: `${ACCOUNT_METHODS} / Username and other authentication` },
  { question: 'PSL_SUPPORTED_ACCOUNT_CREATION_METHODS', response: 'PSL_ACM_USER_ID_PASSWORD_OTHER_AUTH', requirement: 'MULTIPLE_CHOICE', label: `${ACCOUNT_METHODS} / Username, password, and other authentication` },
  { question: 'PSL_SUPPORTED_ACCOUNT_CREATION_METHODS', response: 'PSL_ACM_OAUTH', requirement: 'MULTIPLE_CHOICE', label: `${ACCOUNT_METHODS} / OAuth` },
  { question: 'PSL_SUPPORTED_ACCOUNT_CREATION_METHODS', response: 'PSL_ACM_OTHER', requirement: 'MULTIPLE_CHOICE', label: `${ACCOUNT_METHODS} / Other` },
  { question: 'PSL_SUPPORTED_ACCOUNT_CREATION_METHODS', response: 'PSL_ACM_NONE', requirement: 'MULTIPLE_CHOICE', label: `${ACCOUNT_METHODS} / My app does not allow users to create an account` },
  { question: 'PSL_ACM_SPECIFY', response: '', requirement: 'MAYBE_REQUIRED', label: 'Describe the method of account creation that your app supports' },
  { question: 'PSL_ACCOUNT_DELETION_URL', response: '', requirement: 'MAYBE_REQUIRED', label: 'Add a link that users can use to request that their account and associated data is deleted' },
  { question: 'PSL_SUPPORT_DATA_DELETION_BY_USER', response: 'DATA_DELETION_YES', requirement: 'SINGLE_CHOICE', label: `${DELETION} / Yes` },
  { question: 'PSL_SUPPORT_DATA_DELETION_BY_USER', response: 'DATA_DELETION_NO', requirement: 'SINGLE_CHOICE', label: `${DELETION} / No` },
  { question: 'PSL_SUPPORT_DATA_DELETION_BY_USER', response: 'DATA_DELETION_NO_AUTO_DELETED', requirement: 'SINGLE_CHOICE', label: `${DELETION} / No, but user data is automatically deleted within 90 days` },
  { question: 'PSL_DATA_DELETION_URL', response: '', requirement: 'MAYBE_REQUIRED', label: 'Delete data URL' },
  {
    question: 'PSL_DATA_COLLECTION_COMPLIES_FAMILY_POLICY',
    response: '',
    requirement: 'OPTIONAL',
    label:
      "Only answer this question if you've indicated that your app's target age group includes children, or you've opted into the Designed for Families program. If either of the above is true, you are required to follow the Google Play Families Policy (https://support.google.com/googleplay/android-developer/answer/9893335). Do you want to let users know about this commitment in the Data safety section on your store listing?",
  },
  {
    question: 'PSL_INDEPENDENTLY_VALIDATED',
    response: '',
    requirement: 'OPTIONAL',
    label: 'Has your app successfully completed an independent security review, according to the Mobile Application Security Assessment (MASA) framework? Only answer "yes" if the review is in good standing.',
  },
  { question: 'PSL_UPI_BADGE_OPT_IN', response: '', requirement: 'OPTIONAL', label: 'Do you want to show this badge on your store listing?' },
  { question: 'PSL_HAS_OUTSIDE_APP_ACCOUNTS', response: '', requirement: 'OPTIONAL', label: 'Can users login to your app with accounts created outside of the app?' },
  { question: 'PSL_OUTSIDE_APP_ACCOUNT_TYPES', response: 'PSL_LOGIN_WITH_OUTSIDE_APP_ID', requirement: 'MULTIPLE_CHOICE', label: `${OUTSIDE_TYPES} / Out of app identification (e.g. SIM binding, service subscription)` },
  { question: 'PSL_OUTSIDE_APP_ACCOUNT_TYPES', response: 'PSL_LOGIN_THROUGH_EMPLOYMENT_OR_ENTERPRISE_ACCOUNT', requirement: 'MULTIPLE_CHOICE', label: `${OUTSIDE_TYPES} / Through employment, or enterprise accounts` },
  { question: 'PSL_OUTSIDE_APP_ACCOUNT_TYPES', response: 'PSL_OUTSIDE_APP_ACCOUNT_TYPE_OTHER', requirement: 'MULTIPLE_CHOICE', label: `${OUTSIDE_TYPES} / Other` },
  { question: 'PSL_OUTSIDE_APP_ACCOUNT_TYPE_SPECIFY', response: '', requirement: 'MAYBE_REQUIRED', label: 'Describe how these accounts are created' },
]

/** The question ids of the per-data-type "usage and handling" block. */
export const USAGE = {
  prefix: (type: string) => `PSL_DATA_USAGE_RESPONSES:${type}`,
  collectionAndSharing: 'PSL_DATA_USAGE_COLLECTION_AND_SHARING',
  onlyCollected: 'PSL_DATA_USAGE_ONLY_COLLECTED',
  onlyShared: 'PSL_DATA_USAGE_ONLY_SHARED',
  ephemeral: 'PSL_DATA_USAGE_EPHEMERAL',
  userControl: 'DATA_USAGE_USER_CONTROL',
  optional: 'PSL_DATA_USAGE_USER_CONTROL_OPTIONAL',
  required: 'PSL_DATA_USAGE_USER_CONTROL_REQUIRED',
  collectionPurpose: 'DATA_USAGE_COLLECTION_PURPOSE',
  sharingPurpose: 'DATA_USAGE_SHARING_PURPOSE',
} as const
