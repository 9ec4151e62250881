/** The walk the desk issue measures the result with: five courses of action. */
export const FIVE_COURSES = {
  setting: 'service-situation',
  circumstances: ['codes'],
  request: 'act-for-me',
  owner: 'own',
  task: 'transaction',
  identification: 'customer-logs-in',
  device: 'shared',
};
