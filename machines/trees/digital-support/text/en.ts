/**
 * English text of the default digital-support tree, keyed by the ids in
 * `../digital-support.tree.ts`. Paraphrased from the domain brief; INFERRED and
 * FROM-SEED-SUMMARY principles are worded as good practice or the team's reading.
 * Kept short: the standalone bundle has a size budget, and a customer is waiting.
 */
import type { TreeText } from '../../../tree/tree.types.js';

export const en = {
  title: 'Digital support: the right course of action',

  questions: {
    setting: {
      title: 'Where am I helping?',
      help: 'Own customer service, or general support open to all?',
      options: {
        'service-situation': {
          label: 'My organisation’s customer service',
          hint: 'Desk, phone, chat or home visits.',
        },
        'general-support': {
          label: 'A general digital support point',
          hint: 'Library, NGO, peer support, drop-in.',
        },
      },
    },
    circumstances: {
      title: 'Does any of these apply?',
      help: 'Choose all that apply.',
      options: {
        codes: {
          label: 'Codes, or logging in for them',
          hint: 'Offers their codes or asks you to use them.',
        },
        fraud: {
          label: 'Signs of fraud or pressure',
          hint: 'Message link, fake caller or site, someone pushing.',
        },
        'keep-private': {
          label: 'Wants to keep data private',
          hint: 'Screen or personal data out of your sight.',
        },
        'install-settings': {
          label: 'Installing or changing settings',
          hint: 'An app install or device settings.',
        },
        none: {
          label: 'None of these',
          hint: 'Nothing above applies.',
        },
      },
    },
    request: {
      title: 'What does the customer want?',
      help: 'Pick the closest.',
      options: {
        guidance: {
          label: 'Guidance while they do it',
          hint: 'They do the matter themselves.',
        },
        'act-for-me': {
          label: 'That I do it for them',
          hint: 'You fill in, submit or pay for them.',
        },
        proxy: {
          label: 'Someone close to handle it',
          hint: 'A relative or friend handles their matters.',
        },
        repair: {
          label: 'Repair or big updates',
          hint: 'Repair, malware, OS upgrade, large updates.',
        },
      },
    },
    owner: {
      title: 'Whose service is it?',
      help: 'A library’s services are its own, as are joint-service ones.',
      options: {
        own: {
          label: 'My organisation’s own',
          hint: 'Also by a joint-service agreement.',
        },
        'other-authority': {
          label: 'Another authority’s',
          hint: 'E.g. Kela or the Tax Administration.',
        },
        'bank-insurer': {
          label: 'A bank’s or insurer’s',
          hint: 'An online bank or insurance e-service.',
        },
        private: {
          label: 'Another company’s',
          hint: 'A shop, operator or other company.',
        },
        none: {
          label: 'No service: device or skills',
          hint: 'Only the device or digital skills.',
        },
      },
    },
    task: {
      title: 'Is it a transaction or general use?',
      help: 'A transaction is the customer’s own matter; general use is not.',
      options: {
        transaction: {
          label: 'A transaction',
          hint: 'Apply, submit, view own data, book, pay.',
        },
        'general-use': {
          label: 'General use',
          hint: 'Finding the service, instructions, how logging in works.',
        },
      },
    },
    identification: {
      title: 'Strong identification needed? Can the customer log in?',
      help: 'Strong e-ID: bank codes, a mobile certificate or a citizen certificate.',
      options: {
        'not-needed': {
          label: 'Not needed',
          hint: 'E.g. public information or a blank form.',
        },
        'customer-logs-in': {
          label: 'Needed; the customer logs in',
          hint: 'With their own e-ID.',
        },
        'no-eid': {
          label: 'Needed; no e-ID',
          hint: 'No bank codes or certificate.',
        },
        'cannot-use': {
          label: 'Needed; cannot use it',
          hint: 'Has an e-ID but cannot use it alone.',
        },
      },
    },
    device: {
      title: 'Whose device is used?',
      help: 'The device where the customer logs in.',
      options: {
        'customer-own': {
          label: 'The customer’s own',
          hint: 'Their phone, tablet or computer.',
        },
        shared: {
          label: 'A shared customer device',
          hint: 'Customers use it in turn.',
        },
        supporter: {
          label: 'My work device',
          hint: 'Your work computer or phone.',
        },
      },
    },
  },

  outcomes: {
    'fraud-stop': {
      title: 'Suspected fraud: stop (good practice)',
      action: 'Stop, leave the link unopened and use the service’s known official address.',
      steps: [
        'Pause; if someone is pushing the customer, talk to the customer alone.',
        'If codes went to a fake site, have them call their bank’s blocking service now.',
        'If money or codes were lost, suggest a police report.',
      ],
      avoid: [
        'Do not log in just to test the site.',
        'Do not forward the link.',
      ],
    },
    'decline-repair': {
      title: 'Decline repairs; refer neutrally',
      action: 'Say repairs and upgrades are not digital support, and refer neutrally to a repair service.',
      steps: [
        'Say kindly that repairs, malware removal and big updates are not digital support.',
        'Suggest a repair service or the seller, naming no shop.',
        'Remind them to back up their data first.',
      ],
      avoid: [
        'Do not try it “just this once”.',
        'Do not take the device away.',
      ],
    },
    'keep-credentials-private': {
      title: 'Codes are personal',
      action: 'Refuse to take, type, see or note the customer’s codes; they log in alone.',
      steps: [
        'Say politely that only the customer may use their codes.',
        'Look away while they type; guide in words.',
        'If others want the codes, say no and mention Suomi.fi e-Authorizations.',
      ],
      avoid: [
        'Do not accept codes spoken, written or sent.',
        'Do not log in for them or keep their phone.',
      ],
    },
    'not-on-behalf': {
      title: 'Do not do the matter for the customer',
      action: 'Decline to do the matter for the customer; offer guided self-service or another lawful route.',
      steps: [
        'Say kindly that you cannot do it for them.',
        'Offer to guide them step by step.',
        'Mention Suomi.fi e-Authorizations and non-digital channels.',
      ],
      avoid: [
        'Do not fill in, submit or pay in their name.',
        'Do not write their applications or appeals.',
      ],
    },
    'e-authorizations': {
      title: 'Acting for someone: Suomi.fi e-Authorizations',
      action: 'Explain Suomi.fi e-Authorizations: a trusted person acts with their own ID.',
      steps: [
        'Explain that an adult can authorise someone for chosen matters.',
        'Say the trusted person uses their own ID; a mandate request is easiest.',
        'If electronic authorisation fails, point to authorisation by application.',
      ],
      avoid: [
        'Do not let anyone use their codes, even with consent.',
        'Do not act as their proxy yourself.',
      ],
    },
    'no-eid-alternatives': {
      title: 'No usable e-ID: offer alternatives',
      action: 'Help with what needs no e-ID, explain e-ID types neutrally and offer a non-digital channel.',
      steps: [
        'Help with public information and blank forms.',
        'Explain e-ID types: bank codes, mobile certificate, citizen certificate.',
        'Offer the owner’s phone, paper or in-person channel.',
      ],
      avoid: [
        'Do not log in with your own ID.',
        'Do not recommend a bank or operator.',
      ],
    },
    'guide-own-service': {
      title: 'Guide in your own service',
      action: 'Guide the customer step by step while they log in and do the matter themselves.',
      steps: [
        'Let the customer use the device and log in.',
        'Advise on the procedure: what to apply for, where, by when.',
        'Show the service’s help contacts for later.',
      ],
      avoid: [
        'Do not log in or type for them.',
        'Do not decide their answers or write appeals.',
      ],
    },
    'refer-service-owner': {
      title: 'Refer to the service owner',
      action: 'Name the service owner’s advice channel and tell the customer what to have ready.',
      steps: [
        'Show the advice channel published in the service.',
        'If the owner is unclear, suggest Public Service Info (check its current name).',
        'Have them bring their ID, the letter and their questions.',
      ],
      avoid: [
        'Do not answer on another organisation’s rules.',
        'Do not advise on banking matters.',
      ],
    },
    'refer-general-support': {
      title: 'Point to general digital support',
      action: 'Refer device and skills help to general digital support, such as a library.',
      steps: [
        'Explain that you support your own services, not devices or skills.',
        'Point to general support nearby, e.g. the library.',
        'Help as usual with any matter in your own service.',
      ],
      avoid: [
        'Do not teach device skills you do not offer.',
        'Do not send them off without saying where to go.',
      ],
    },
    'general-support': {
      title: 'Give general digital support',
      action: 'Help with the device and finding the service; leave the matter’s content to its owner.',
      steps: [
        'Help with the device: settings, app store, e-mail, browser.',
        'Help find the official service and its public instructions.',
        'Leave content questions to the service owner.',
      ],
      avoid: [
        'Do not advise on what to answer.',
        'Do not make payments or recommend brands.',
      ],
    },
    'no-supporter-device-login': {
      title: 'Never log the customer in on your device',
      action: 'Have the customer log in on their own or the shared device, never on your work device.',
      steps: [
        'Ask them to use their own device or the shared one.',
        'Use your screen only for public pages.',
        'If there is no device, offer another channel or time.',
      ],
      avoid: [
        'Do not let them log in on your device.',
        'Do not save their files on your device.',
      ],
    },
    'shared-device-care': {
      title: 'Shared device: leave nothing behind',
      action: 'Make sure the customer logs out and that browser data and downloads are cleared.',
      steps: [
        'Have them log out of every service.',
        'Clear browser data as your local procedure says.',
        'Remove downloaded files while they are there.',
      ],
      avoid: [
        'Do not leave a session open.',
        'Do not browse their open session.',
      ],
    },
    'customer-privacy': {
      title: 'The customer decides what you see',
      action: 'Let the customer decide what you see, and look away from codes and sensitive data.',
      steps: [
        'Ask what they are comfortable showing.',
        'Guide in words instead of looking at the screen.',
        'Keep what you see confidential.',
      ],
      avoid: [
        'Do not read the screen unasked.',
        'Do not tell anyone what you saw.',
      ],
    },
    'data-loss-risk': {
      title: 'Installs and settings: data-loss risk',
      action: 'Say the device and data are the customer’s responsibility, and have them back up first.',
      steps: [
        'Agree exactly what to change, and change only that.',
        'Say that data can be lost.',
        'Have them use their own app-store account.',
      ],
      avoid: [
        'Do not use your own account.',
        'Do not promise that no data is lost.',
      ],
    },
  },

  principles: {
    P1: {
      title: 'Aim for independence',
      text: 'Let customers do the steps so they learn to manage alone.',
    },
    P3: {
      title: 'Support your own services',
      text: 'Authorities must advise on their own services (Administrative Procedure Act).',
    },
    P4: {
      title: 'Two kinds of digital support',
      text: 'Service-situation support covers own transactions; general support does not.',
    },
    P5: {
      title: 'Transaction or general use (our reading)',
      text: 'Our reading: general support helps find the service, not with the matter’s content.',
    },
    P8: {
      title: 'Refer to the right place',
      text: 'Refer to the competent authority or Public Service Info (check its current name).',
    },
    P9: {
      title: 'Know your limits',
      text: 'Know your limits; our reading: then refer the customer onward.',
    },
    P10: {
      title: 'Do not act on the customer’s behalf',
      text: 'Acting on behalf goes through Suomi.fi e-Authorizations, not the supporter.',
    },
    P11: {
      title: 'The customer logs in alone',
      text: 'Nobody may use another person’s means of identification.',
    },
    P12: {
      title: 'Banking belongs to the bank',
      text: 'General support points do not teach online banking or advise on banking.',
    },
    P13: {
      title: 'Customer’s device and responsibility',
      text: 'The customer is responsible for device and data; repairs are not digital support.',
    },
    P14: {
      title: 'Official channels only',
      text: 'Only official channels; good practice: no private phones or ad-hoc tools.',
    },
    P15: {
      title: 'Confidentiality',
      text: 'Library rules require confidentiality; elsewhere follow your own rules.',
    },
    P16: {
      title: 'The customer controls what is shown',
      text: 'Our reading: the customer decides what personal data they show.',
    },
    P17: {
      title: 'Keep no customer data',
      text: 'Good practice: do not note or save customers’ codes or data.',
    },
    P18: {
      title: 'Leave nothing on shared devices',
      text: 'Log out and clear browser data; good practice: check it is done.',
    },
    P19: {
      title: 'Watch for phishing',
      text: 'Fake sites steal bank codes; good practice: pause if fraud is suspected.',
    },
    P20: {
      title: 'Commercial neutrality',
      text: 'Good practice: explain types, not brands.',
    },
    P21: {
      title: 'Identification only where needed',
      text: 'Public information and blank forms need no e-identification.',
    },
    P22: {
      title: 'Means of strong identification',
      text: 'Bank codes, a mobile certificate or the police ID card’s citizen certificate.',
    },
    P23: {
      title: 'Suomi.fi e-Authorizations',
      text: 'An adult authorises a trusted person, who logs in with their own ID.',
    },
    L1: {
      title: 'Duty to advise',
      text: 'Administrative Procedure Act (434/2003) s. 8: authorities advise free and redirect when needed.',
    },
    L2: {
      title: 'Act on the Provision of Digital Services',
      text: 'Each digital service of an authority must show an advice contact.',
    },
    L4: {
      title: 'Strong identification law',
      text: 'Act 617/2009 defines strong electronic identification.',
    },
    L5: {
      title: 'Legal basis of e-Authorizations',
      text: 'Suomi.fi e-Authorizations are based on Act 571/2016.',
    },
    L6: {
      title: 'Joint service points (our reading)',
      text: 'Our reading: joint-service matters may count as own; confirm locally.',
    },
  },

  referrals: {
    'own-service-help': {
      name: 'Your service’s help contacts',
      detail: 'Shown in your e-service.',
    },
    'service-owner-advice': {
      name: 'The service owner’s advice channel',
      detail: 'For the content of the matter.',
    },
    'bank-or-insurer': {
      name: 'The customer’s bank or insurer',
      detail: 'Banking, insurance and bank codes.',
    },
    'public-service-info': {
      name: 'Public Service Info (Kansalaisneuvonta)',
      detail: 'Finds the right authority; check its current name and availability.',
    },
    'bank-blocking': {
      name: 'The bank’s blocking service',
      detail: 'Call at once; get the number from the bank’s own site.',
    },
    police: {
      name: 'The police',
      detail: 'Report fraud; in an emergency call 112.',
    },
    'suomi-fi-e-authorizations': {
      name: 'Suomi.fi e-Authorizations',
      detail: 'The trusted person uses their own ID.',
    },
    'authorisation-by-application': {
      name: 'Authorisation by application or with help',
      detail: 'If electronic authorisation is not possible.',
    },
    'e-id-issuers': {
      name: 'Issuers of strong e-ID',
      detail: 'Banks, mobile operators, the police; no brands.',
    },
    'non-digital-channel': {
      name: 'The service’s non-digital channel',
      detail: 'Phone, paper or in person.',
    },
    'general-digital-support': {
      name: 'General digital support',
      detail: 'Libraries and digital support points.',
    },
    'repair-service': {
      name: 'Repair service or device seller',
      detail: 'Refer in general terms, naming no shop.',
    },
  },
} as const satisfies TreeText;
