/**
 * English text of the default digital-support tree, keyed by the ids in
 * `../digital-support.tree.ts`. Paraphrased from the domain brief; INFERRED and
 * FROM-SEED-SUMMARY principles are worded as good practice or the team's reading.
 */
import type { TreeText } from '../../../tree/tree.types.js';

export const en = {
  title: 'Digital support: the right course of action',

  questions: {
    setting: {
      title: 'Where am I helping?',
      help: 'In your own organisation’s customer service you support its services; general support helps anyone.',
      options: {
        'service-situation': {
          label: 'My organisation’s customer service',
          hint: 'Its service desk, its own phone or chat line, or its own home visits.',
        },
        'general-support': {
          label: 'A general digital support point',
          hint: 'Library, community or service centre, NGO, peer support or a drop-in session.',
        },
      },
    },
    circumstances: {
      title: 'Does any of these apply?',
      help: 'Choose every one that applies, or “None of these”.',
      options: {
        codes: {
          label: 'Codes, or logging in for them',
          hint: 'The customer offers codes or asks you to see, type or note them, or to log in for them.',
        },
        fraud: {
          label: 'Signs of fraud or pressure',
          hint: 'A link in a message, a caller posing as a bank or authority, a look-alike site, someone pushing.',
        },
        'keep-private': {
          label: 'Wants to keep data private',
          hint: 'The customer wants to keep their screen or personal data out of your sight.',
        },
        'install-settings': {
          label: 'Installing or changing settings',
          hint: 'The help means installing an app or changing settings on the device.',
        },
        none: {
          label: 'None of these',
          hint: 'No codes offered, no warning signs, no wish for privacy, no installs or settings.',
        },
      },
    },
    request: {
      title: 'What does the customer want?',
      help: 'Pick the option closest to what the customer is asking for.',
      options: {
        guidance: {
          label: 'Guidance while they do it',
          hint: 'To be guided while they do the matter themselves.',
        },
        'act-for-me': {
          label: 'That I do it for them',
          hint: 'That you fill in, submit or pay something for them.',
        },
        proxy: {
          label: 'Someone close to handle it',
          hint: 'That a relative or friend could handle their matters.',
        },
        repair: {
          label: 'Repair or big updates',
          hint: 'Repair, malware removal, an operating system upgrade or large updates.',
        },
      },
    },
    owner: {
      title: 'Whose service is it?',
      help: 'A library’s own services (card, loans, room booking) are its own, as are services a joint-service deal makes yours.',
      options: {
        own: {
          label: 'My organisation’s own',
          hint: 'Your organisation’s service, or one that a joint-service agreement makes yours.',
        },
        'other-authority': {
          label: 'Another authority’s',
          hint: 'Another public authority’s e-service, for example Kela’s or the Tax Administration’s.',
        },
        'bank-insurer': {
          label: 'A bank’s or insurer’s',
          hint: 'An online bank or an insurance company’s e-service.',
        },
        private: {
          label: 'Another company’s',
          hint: 'A service or app run by a shop, an operator or another company.',
        },
        none: {
          label: 'No service: device or skills',
          hint: 'Help with the device or digital skills, not with any particular service.',
        },
      },
    },
    task: {
      title: 'Is it a transaction or general use?',
      help: 'A transaction concerns the customer’s own matter; general use is finding and using the service in general.',
      options: {
        transaction: {
          label: 'A transaction',
          hint: 'Applying, submitting, viewing own case or health data, booking or paying.',
        },
        'general-use': {
          label: 'General use',
          hint: 'Finding the service, public instructions, how logging in works, settings.',
        },
      },
    },
    identification: {
      title: 'Is strong identification needed, and can the customer log in?',
      help: 'Strong electronic identification means bank codes, a mobile certificate or the ID card’s citizen certificate.',
      options: {
        'not-needed': {
          label: 'Not needed',
          hint: 'The step needs no strong identification, e.g. public information or a blank form.',
        },
        'customer-logs-in': {
          label: 'Needed; the customer logs in',
          hint: 'The customer has their own means of identification and can log in with it.',
        },
        'no-eid': {
          label: 'Needed; no e-ID',
          hint: 'The customer has no bank codes, mobile certificate or citizen certificate.',
        },
        'cannot-use': {
          label: 'Needed; cannot use it',
          hint: 'The customer has a means of identification but cannot use it themselves.',
        },
      },
    },
    device: {
      title: 'Whose device is used?',
      help: 'Think of the device on which the customer will log in or do the matter.',
      options: {
        'customer-own': {
          label: 'The customer’s own',
          hint: 'The customer’s own phone, tablet or computer.',
        },
        shared: {
          label: 'A shared customer device',
          hint: 'A computer or terminal of the service point that customers use in turn.',
        },
        supporter: {
          label: 'My work device',
          hint: 'Your own work computer or work phone.',
        },
      },
    },
  },

  outcomes: {
    'fraud-stop': {
      title: 'Suspected fraud: stop and protect (good practice)',
      action: 'Stop, leave the suspicious link unopened and reach the service only by its known official address.',
      steps: [
        'Pause the session: good practice is not to go on while fraud or pressure is suspected.',
        'Do not open the link or call the number in the message; open the service by its known official address.',
        'If codes may have been entered on a fake site, have the customer call their bank’s blocking service at once.',
        'If money or codes were lost, suggest that the customer report it to the police.',
        'If someone seems to pressure the customer, go on with the customer alone and follow your local safeguarding procedure.',
      ],
      avoid: [
        'Do not log in or finish the step just to check the site.',
        'Do not forward or copy the suspicious link.',
        'Do not brush off the customer’s worry or hurry them.',
      ],
    },
    'decline-repair': {
      title: 'Decline repair work and refer neutrally',
      action: 'Explain that repairs, malware removal and system upgrades are not digital support, and refer the customer neutrally to a repair service.',
      steps: [
        'Tell the customer kindly that repairs, malware removal, OS upgrades and large updates are outside digital support.',
        'Explain why: such work can lose data, and the device and its data are the customer’s responsibility.',
        'Suggest a repair service or the device seller in general terms, without naming a shop.',
        'Remind the customer to back up their photos, documents and other data before any repair or upgrade.',
        'Tell them what digital support can help with instead, such as using the device or finding a service.',
      ],
      avoid: [
        'Do not try the repair, malware removal or upgrade “just this once”.',
        'Do not take the device away or keep it overnight.',
        'Do not recommend a particular shop, brand or paid product.',
      ],
    },
    'keep-credentials-private': {
      title: 'Codes are personal: keep out of them',
      action: 'Refuse to take, type, see or write down the customer’s codes, and let the customer log in alone.',
      steps: [
        'Stop politely and explain that codes and passwords are personal and only the customer may use them.',
        'Look away or step back while the customer types codes, passwords or one-time codes.',
        'Guide in words while the customer logs in on their own.',
        'If someone else wants to use the customer’s codes, say it is not allowed even with consent, and mention Suomi.fi e-Authorizations.',
        'Remind the customer never to give their codes to anyone: authorities never ask for them.',
      ],
      avoid: [
        'Do not accept codes read aloud, written on paper or sent in a message.',
        'Do not type, photograph or write down any codes.',
        'Do not log in for the customer or keep their phone to finish later.',
      ],
    },
    'not-on-behalf': {
      title: 'Do not do the matter for the customer',
      action: 'Decline to do the matter for the customer and offer guided self-service or another lawful route instead.',
      steps: [
        'Explain kindly that you cannot fill in, submit or pay anything for the customer.',
        'Offer to guide them step by step while they do it themselves.',
        'If they want someone close to handle it, explain Suomi.fi e-Authorizations.',
        'If they cannot use the e-service, point to the service’s non-digital channel.',
        'If it is your organisation’s service, advise on the procedure: what can be applied for, where and by when.',
      ],
      avoid: [
        'Do not fill in, submit or pay anything in the customer’s name.',
        'Do not write the customer’s applications, statements or appeals for them.',
        'Do not choose the answers for the customer.',
      ],
    },
    'e-authorizations': {
      title: 'Acting for someone: Suomi.fi e-Authorizations',
      action: 'Explain that the customer can authorise a trusted person in Suomi.fi e-Authorizations, who then acts with their own ID.',
      steps: [
        'Explain that the customer can authorise an adult they trust for chosen matters; there is no blanket mandate.',
        'Tell them the trusted person logs in with their own ID and then chooses whom they act for.',
        'Mention the easiest route: the trusted person sends a mandate request and the customer accepts it.',
        'If the customer cannot authorise electronically, point to authorisation by application or assisted authorisation where offered.',
        'Say that each e-service decides whether acting on behalf works in it, and that guardians handle minors’ matters.',
      ],
      avoid: [
        'Do not let a relative use the customer’s codes, even with consent.',
        'Do not act as the customer’s proxy yourself.',
        'Do not promise that every service accepts mandates.',
        'Do not treat a paper power of attorney as leave to use the customer’s codes.',
      ],
    },
    'no-eid-alternatives': {
      title: 'No usable e-ID: offer lawful alternatives',
      action: 'Help with what needs no identification, explain the kinds of strong e-ID neutrally and offer the service’s non-digital channel.',
      steps: [
        'Help with what needs no identification, such as public information and blank forms.',
        'Explain the kinds of strong e-ID: bank codes, a mobile certificate and the citizen certificate on the police ID card.',
        'Say who issues each (banks, mobile operators, the police) without recommending any company.',
        'Offer the service owner’s non-digital or in-person channel for the matter.',
        'If someone close could handle the matter, explain Suomi.fi e-Authorizations.',
      ],
      avoid: [
        'Do not log in with your own or a colleague’s ID to show the customer.',
        'Do not let anyone use another person’s codes.',
        'Do not tell the customer that nothing can be done.',
        'Do not recommend a particular bank or operator.',
      ],
    },
    'guide-own-service': {
      title: 'Guide in your own service; the customer does it',
      action: 'Guide the customer step by step while they log in and do the matter themselves.',
      steps: [
        'Explain the steps and let the customer use the device and log in themselves.',
        'Advise on the procedure as part of your duty to advise: what can be applied for, where and by when.',
        'Let the customer choose their answers; explain what a question means if they are unsure.',
        'Show where the service’s own help contacts are, for questions later.',
        'Encourage the customer to try each step so that they can manage next time.',
      ],
      avoid: [
        'Do not log in for the customer or type in their identification.',
        'Do not decide their answers or write appeals or free-text statements for them.',
        'Do not keep notes of the customer’s data.',
        'Do not send the customer elsewhere for help with your own service.',
      ],
    },
    'refer-service-owner': {
      title: 'Refer the matter to the service owner',
      action: 'Name the service owner’s advice channel and tell the customer what to have ready when they contact it.',
      steps: [
        'Say whose service it is: the authority, bank, insurer or company that runs it.',
        'Find the advice channel published in the service (chat, phone, service point) and show it to the customer.',
        'For banking or insurance matters, point to the bank’s or insurer’s own customer service.',
        'If it is unclear who is responsible, suggest Public Service Info; check its current name and availability first.',
        'Tell the customer what to have ready: their own means of identification, the letter or decision, and their questions.',
      ],
      avoid: [
        'Do not give authoritative answers on another organisation’s rules or on the content of the matter.',
        'Do not send the customer away with nothing: help them find the right channel.',
        'Do not teach online banking from scratch or advise on banking matters.',
      ],
    },
    'refer-general-support': {
      title: 'Point to general digital support',
      action: 'Point the customer to general digital support, such as a library or a digital support point, for help with the device or skills.',
      steps: [
        'Explain that your service point helps with your organisation’s own services, not with devices or general skills.',
        'Point to general digital support nearby, such as the library or a digital support point.',
        'Give the place, opening hours or booking details if you have them.',
        'If the customer also has a matter with your organisation, help with that as usual.',
      ],
      avoid: [
        'Do not take on device or skills teaching that your service point does not offer.',
        'Do not send the customer away without saying where to get help.',
      ],
    },
    'general-support': {
      title: 'Give general digital support',
      action: 'Help with the device, digital skills and finding the official service and its public instructions, and leave the content of the matter to the service owner.',
      steps: [
        'Help with the device and skills: settings, app store, e-mail, browser.',
        'Help find the official service at its known address and open its public instructions.',
        'Leave content questions, such as what to apply for or answer, to the service owner and show its advice channel.',
        'Install only what is agreed, on the customer’s own device and with their own app-store account.',
        'Let the customer do the steps, so that they can manage alone next time.',
      ],
      avoid: [
        'Do not advise on the content of the customer’s matter, such as what to answer.',
        'Do not make payments or other moves that risk the customer’s money.',
        'Do not recommend a particular company, brand or paid app.',
        'Do not help through a private phone, private chat app or improvised remote tool.',
      ],
    },
    'no-supporter-device-login': {
      title: 'Never log the customer in on your work device',
      action: 'Have the customer log in on their own device or the shared customer device, never on your work device.',
      steps: [
        'Ask the customer to use their own phone or computer, or the shared customer device.',
        'Use your own screen only to show public pages and instructions, without logging in.',
        'Explain why: your device may keep their data, and their identification is theirs alone.',
        'If no other device is available, offer the service’s non-digital channel or another time.',
      ],
      avoid: [
        'Do not let the customer log in on your work computer or phone.',
        'Do not log in with your own ID to show the customer their data.',
        'Do not save the customer’s files or documents on your device.',
      ],
    },
    'shared-device-care': {
      title: 'Shared device: leave nothing behind',
      action: 'Make sure the customer logs out of every service and that browser data and downloads are cleared before they leave the shared device.',
      steps: [
        'Guide the customer on the shared device as usual: they log in and operate it.',
        'Before they leave, have them log out of every service they used.',
        'Clear the browser data, such as history and cache, as your local procedure says.',
        'Remove downloaded or saved files while the customer is still present.',
        'Check that the device is clean before the next customer.',
      ],
      avoid: [
        'Do not leave a session open for the next person.',
        'Do not browse an open session to check the customer’s matter.',
        'Do not save the customer’s documents on the shared device or on your own.',
      ],
    },
    'customer-privacy': {
      title: 'The customer decides what you see',
      action: 'Let the customer decide what you see: guide in words and look away from sensitive screens and code entry.',
      steps: [
        'Ask what the customer is comfortable showing, and respect it.',
        'Guide in words, or on a public page, instead of looking at their screen.',
        'Look away while they type codes or open sensitive data.',
        'Tell the customer that you may see personal data while helping and that you keep it confidential.',
      ],
      avoid: [
        'Do not take the device or read the screen without asking.',
        'Do not read out or comment on the customer’s personal data.',
        'Do not tell anyone what you saw.',
      ],
    },
    'data-loss-risk': {
      title: 'Installs and settings: mind the data-loss risk',
      action: 'Remind the customer that the device, its data and the agreed installs are their responsibility, and have them back up first.',
      steps: [
        'Agree with the customer exactly what will be installed or changed.',
        'Tell them the device, its data and the installs are their responsibility, and that data can be lost.',
        'Suggest backing up important data before any change.',
        'Let the customer do the steps, with their own app-store account and passwords.',
        'Change only what was agreed.',
      ],
      avoid: [
        'Do not sign in to an app store with your own account.',
        'Do not change unrelated settings to tidy up.',
        'Do not promise that no data will be lost.',
      ],
    },
  },

  principles: {
    P1: {
      title: 'Aim for independence',
      text: 'Digital support helps people use e-services and devices so that they can later manage safely on their own. Encourage the customer to do the steps themselves.',
    },
    P2: {
      title: 'Forms of digital support',
      text: 'Support is given remotely, face to face (service points, peer and home support) and as training. The guidelines advise each organisation to define what support it offers.',
    },
    P3: {
      title: 'Support your own services',
      text: 'Under the Administrative Procedure Act an authority must advise customers on using its own services, and each of its e-services must show where to get help.',
    },
    P4: {
      title: 'Two kinds of digital support',
      text: 'Service-situation support is an authority’s help with its own transactions and related services, including a shared customer device. General support, e.g. in libraries, does not cover transactions; it uses public instructions and open services, such as the customer’s own phone.',
    },
    P5: {
      title: 'Transaction or general use (our reading)',
      text: 'Our reading, not yet confirmed by DVV: at a general support point you may help with the device and with finding and opening the official service and its public instructions. The content of the customer’s matter belongs to the service owner.',
    },
    P6: {
      title: 'Related services (our reading)',
      text: 'Our reading of the badge material: services related to your own likely include logging in to it, Suomi.fi Messages used for the customer’s case and Suomi.fi e-Authorizations in it. Not confirmed by DVV.',
    },
    P7: {
      title: 'Advice on authority matters is a public task',
      text: 'Ministry of Finance experts see helping people with authority matters as a public task that is not, in principle, handed to outsiders. A private provider may give technical support for a digital service only where a law allows it.',
    },
    P8: {
      title: 'Refer to the right place',
      text: 'If a matter is outside your organisation’s competence, direct the customer to the competent authority. Public Service Info helps people find the right service; check its current name and availability.',
    },
    P9: {
      title: 'Know your limits',
      text: 'The ethical guidelines say you need not know everything and should recognise the limits of your competence. Our reading of the summarised guidance: when a matter is beyond you, direct the customer onward.',
    },
    P10: {
      title: 'Do not act on the customer’s behalf',
      text: 'The supporter does not do the customer’s matter for them, such as filling in, submitting or paying. Acting on someone’s behalf happens through Suomi.fi e-Authorizations, by a person the customer has authorised.',
    },
    P11: {
      title: 'The customer logs in alone',
      text: 'In services that need strong identification the customer logs in themselves and gives no passwords or bank codes to the supporter. Nobody may use another person’s means of identification.',
    },
    P12: {
      title: 'Banking belongs to the bank',
      text: 'General support points such as libraries do not teach online banking from scratch or advise on banking matters like loans; they help only with simple technical tasks. The rest goes to the bank.',
    },
    P13: {
      title: 'Customer’s device, customer’s responsibility',
      text: 'The customer is responsible for their device, its data and any installs agreed in the session, and data can be lost. Repairs, malware removal, OS upgrades and large updates are not digital support.',
    },
    P14: {
      title: 'Official channels only',
      text: 'Support is given only through the organisation’s own channels and announced sessions. Good practice: no private phone numbers, private chat apps or improvised remote-desktop tools.',
    },
    P15: {
      title: 'Confidentiality',
      text: 'Library digital-support rules bind staff to confidentiality about what they see. Elsewhere, follow your organisation’s own confidentiality rules.',
    },
    P16: {
      title: 'The customer controls what is shown',
      text: 'Our reading of the summarised guidance: the customer decides what personal data they show, and you adapt by guiding in words and looking away. Customers should know that staff may see personal data during support.',
    },
    P17: {
      title: 'Keep no customer data',
      text: 'Good practice: do not write down, photograph or save the customer’s codes, personal data or documents. It follows from the rules on codes and confidentiality.',
    },
    P18: {
      title: 'Leave nothing on shared devices',
      text: 'On a computer others use, log out of all services and clear the browser data before leaving. Good practice: on your organisation’s shared device, check that this is done.',
    },
    P19: {
      title: 'Watch for phishing',
      text: 'Fraudsters use look-alike authority sites, reached through links and search results, to steal bank codes; open services by their known official address. Good practice: pause the session when fraud or pressure is suspected.',
    },
    P20: {
      title: 'Commercial neutrality',
      text: 'Good practice: do not steer the customer to a particular bank, operator, device or paid app; explain types, not brands. Library ethics already call for impartiality.',
    },
    P21: {
      title: 'Identification only where needed',
      text: 'An authority may require e-identification only where access rights or legal effects need it, not for public information or blank forms. So a customer without e-ID can still be helped with those.',
    },
    P22: {
      title: 'Means of strong identification',
      text: 'Strong electronic identification uses bank codes, a mobile certificate or the citizen certificate on the police ID card. The citizen certificate needs activation, a card reader, its software and PIN codes.',
    },
    P23: {
      title: 'Suomi.fi e-Authorizations',
      text: 'An adult can authorise a trusted person for chosen matters; that person logs in with their own ID, and each e-service decides whether acting on behalf works in it. For those who cannot authorise electronically, a mandate can be registered by application; guardians act for minors.',
    },
    L1: {
      title: 'Duty to advise (Administrative Procedure Act)',
      text: 'Under section 8 of the Administrative Procedure Act (434/2003) an authority advises customers on handling their matter within its competence, free of charge, and directs them to the competent authority when needed. Writing the customer’s documents is not part of it.',
    },
    L2: {
      title: 'Act on the Provision of Digital Services',
      text: 'The Act requires an authority’s digital service to show a contact for advice on using it. Non-binding guidance says authorities should arrange enough support and offer it actively.',
    },
    L3: {
      title: 'Digital first',
      text: 'Government policy is to make digital services the main channel for dealing with authorities, step by step. Related bills were pending in 2025–2026; check what is in force before relying on them.',
    },
    L4: {
      title: 'Strong identification law',
      text: 'The Act on Strong Electronic Identification and Electronic Trust Services (617/2009) defines strong e-identification. Suomi.fi instructions say nobody may use another person’s means of identification.',
    },
    L5: {
      title: 'Legal basis of e-Authorizations',
      text: 'DVV provides Suomi.fi e-Authorizations under the Act on Common Administrative e-Service Support Services (571/2016).',
    },
    L6: {
      title: 'Joint service points (our reading)',
      text: 'Our reading, to be confirmed with your organisation: where your service point handles another authority’s matters under a joint-service arrangement, those services may count as your own.',
    },
  },

  referrals: {
    'own-service-help': {
      name: 'Your service’s own help contacts',
      detail: 'The phone, chat or service point shown in your organisation’s e-service; give it for questions later.',
    },
    'service-owner-advice': {
      name: 'The service owner’s advice channel',
      detail: 'The chat, phone or service point published in the other organisation’s service; for the content of the matter.',
    },
    'bank-or-insurer': {
      name: 'The customer’s bank or insurer',
      detail: 'Their own customer service, for banking or insurance matters, online-bank onboarding and bank codes.',
    },
    'public-service-info': {
      name: 'Public Service Info (Kansalaisneuvonta)',
      detail: 'Directs people to the right authority and helps with e-Authorizations; check its current name and availability.',
    },
    'bank-blocking': {
      name: 'The bank’s blocking service',
      detail: 'Call at once if codes may have reached a fraudster; take the number from the bank’s own site, not from a message.',
    },
    police: {
      name: 'The police',
      detail: 'Report fraud or an attempted fraud to the police; in an emergency call 112.',
    },
    'suomi-fi-e-authorizations': {
      name: 'Suomi.fi e-Authorizations',
      detail: 'Electronic mandate for chosen matters; the trusted person acts with their own ID. Use when someone close should act.',
    },
    'authorisation-by-application': {
      name: 'Authorisation by application or assisted authorisation',
      detail: 'For customers who cannot authorise electronically; some wellbeing services counties help on site. See Suomi.fi.',
    },
    'e-id-issuers': {
      name: 'Issuers of strong e-ID',
      detail: 'Banks (bank codes), mobile operators (mobile certificate), the police (ID card, citizen certificate); no brands.',
    },
    'non-digital-channel': {
      name: 'The service’s non-digital channel',
      detail: 'The service owner’s phone, paper or in-person route, for customers who cannot use the e-service.',
    },
    'general-digital-support': {
      name: 'General digital support',
      detail: 'Libraries and digital support points help with devices and general skills; check local places and times.',
    },
    'repair-service': {
      name: 'A repair service or the device seller',
      detail: 'For repairs, malware removal and system upgrades; refer in general terms, without naming a shop.',
    },
  },
} as const satisfies TreeText;
