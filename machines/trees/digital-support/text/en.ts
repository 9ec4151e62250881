/**
 * English text of the default digital-support tree, keyed by the ids in
 * `../digital-support.tree.ts`. Follows tree contract version 2 (every outcome says at least what
 * the contract's "in short" column asks) and the content review (`shared/domain/content-review.md`:
 * verified official names, facts corrected, guidance lost in the earlier cut restored).
 * Paraphrased from the domain brief. A step that rests only on INFERRED grounds says "our reading"
 * or "good practice"; nothing inferred is worded as an official rule. Concise, because a customer
 * is waiting, but never shortened below correct and complete.
 */
import type { TreeText } from '../../../tree/tree.types.js';

export const en = {
  title: 'Digital support: the right course of action',

  questions: {
    setting: {
      title: 'What is this desk for?',
      help: 'Your organisation’s customer service for its own services, or general digital support? A library’s digital support is general support.',
      options: {
        'service-situation': {
          label: 'My organisation’s customer service',
          hint: 'For its own services: its desk, its own phone or chat line, its home visits.',
        },
        'general-support': {
          label: 'General digital support',
          hint: 'Library, community or service centre, NGO, peer support, drop-in, or an authority’s general digital support (e.g. a city’s digital support coaches).',
        },
      },
    },
    circumstances: {
      title: 'Does any of these apply?',
      help: 'Choose all that apply. A relative pushing the customer is pressure, not a scam.',
      options: {
        codes: {
          label: 'Codes, or logging in for them',
          hint: 'They offer codes, passwords or one-time codes, ask you to log in, or a relative uses their codes.',
        },
        fraud: {
          label: 'Signs of a scam',
          hint: 'A link or number in a message; a caller posing as a bank, an authority or “support”; a look-alike site; a request to install a remote-access app; a pop-up virus warning.',
        },
        pressure: {
          label: 'Someone is pushing the customer',
          hint: 'A person with them pushes them to decide or act.',
        },
        capacity: {
          label: 'They may not understand or decide',
          hint: 'E.g. memory problems or confusion.',
        },
        'keep-private': {
          label: 'Wants to keep data private',
          hint: 'Their screen or personal data out of your sight.',
        },
        'install-settings': {
          label: 'Installing an app or changing settings',
          hint: 'The help involves an install or device settings.',
        },
        remote: {
          label: 'Helping by phone, chat or screen sharing',
          hint: 'You cannot see their screen directly.',
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
          hint: 'You fill in, submit or pay in their name.',
        },
        proxy: {
          label: 'Someone close to handle it',
          hint: 'A relative or friend handles their matters.',
        },
        repair: {
          label: 'Repair or large updates',
          hint: 'Repair, malware removal, an OS upgrade, large updates.',
        },
      },
    },
    owner: {
      title: 'Whose service is it?',
      help: 'Your own includes, in our reading, what your matter uses: Suomi.fi identification into your service, your decision in Suomi.fi Messages, e-Authorizations for your service. A library’s loans and bookings are its own. A deceased person’s matters belong to each organisation concerned, under its own estate procedure.',
      options: {
        own: {
          label: 'My organisation’s own',
          hint: 'For guidance, also services a joint-service (yhteispalvelu) agreement covers.',
        },
        'other-authority': {
          label: 'Another authority’s',
          hint: 'E.g. the Tax Administration (MyTax), or Kela (OmaKela; also MyKanta, even at a wellbeing services county’s desk, unless agreed locally).',
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
      help: 'A transaction is the customer’s own matter; general use is finding the service and learning how it works.',
      options: {
        transaction: {
          label: 'A transaction',
          hint: 'Apply, submit, view own case or health data, book, pay.',
        },
        'general-use': {
          label: 'General use',
          hint: 'Finding the service, public instructions, how logging in works, settings.',
        },
      },
    },
    identification: {
      title: 'Strong e-identification needed? Can the customer log in?',
      help: 'Strong electronic identification: bank codes, a mobile certificate or the citizen certificate on the ID card.',
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
          hint: 'No bank codes, mobile certificate or citizen certificate.',
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
          hint: 'A device of your support point that customers use in turn.',
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
      title: 'Signs of a scam: stop',
      action: 'Stop, do not open the link or call the number in the message, and reach the service only by its known official address.',
      steps: [
        'Pause and tell the customer what looks wrong (stopping on these signs alone is our reading).',
        'Open the service by typing its known address, not from a message or search results; authorities and banks never ask for codes by phone or message.',
        'If codes were given out (on a site, by phone or through a remote-access app), have them call their bank’s blocking service at once.',
        'If money or codes were lost, advise a police report.',
        'On a shared device, close the browser and clear the session.',
      ],
    },
    'decline-repair': {
      title: 'Repairs and upgrades: decline and refer neutrally',
      action: 'Explain that repairs, malware removal, OS upgrades and large updates are not digital support here, and refer neutrally to a repair service or the seller.',
      steps: [
        'Say kindly that at authorities and libraries repairs, malware removal, OS upgrades and large updates are not digital support.',
        'Small updates and app installs you agree on are digital support: help with those.',
        'Suggest a repair service or the device seller, naming no company.',
        'Remind them to back up their data first.',
      ],
    },
    'capacity-concern': {
      title: 'May not understand: no mandates or commitments',
      action: 'Do not help grant a mandate or make a commitment while it is in doubt that the customer understands it; follow your organisation’s procedure.',
      steps: [
        'A mandate or a commitment needs a customer who understands it; Suomi.fi requires that the person understands what a mandate means.',
        'Ask whether they have a guardian for their affairs (edunvalvoja) or a continuing power of attorney confirmed by DVV; that person may already act for them.',
        'Consult your organisation’s procedure, or the social services of the municipality or wellbeing services county.',
        'Help only with what commits them to nothing, in simple words.',
      ],
    },
    'safeguard-customer': {
      title: 'Someone is pushing: the customer decides',
      action: 'Talk with the customer alone, give them time, and act only on their own decision.',
      steps: [
        'Ask, kindly and without blaming anyone, to talk with the customer alone.',
        'Give them time; offer another appointment if they want one.',
        'Ask what they want; they decide what is shown and done.',
        'If they want someone close to help, the lawful route stays open: an e-Authorization they choose and understand.',
        'If an older person may be being exploited, follow your local procedure, e.g. a report of concern (huoli-ilmoitus) to social services.',
      ],
    },
    'keep-credentials-private': {
      title: 'Codes are personal',
      action: 'Never take, type, see or note the customer’s codes; the customer logs in alone.',
      steps: [
        'Say kindly that only the customer may use their codes: not you, a relative or an interpreter.',
        'In person, look away while they type and guide in words.',
        'By phone or screen sharing, never have codes read out, and ask them to pause sharing while they type codes (good practice).',
        'Remind them that authorities and banks never ask for codes by phone or message.',
        'If someone else needs to act for them, point to Suomi.fi e-Authorizations.',
      ],
    },
    'own-channel': {
      title: 'Your own matter: your own channel',
      action: 'Offer to handle the matter in your organisation’s own channel (at the desk, by phone or on paper) where the service allows it.',
      steps: [
        'Where your service allows, take the matter at the desk, by phone or on paper; with the authority’s consent a matter may be started orally (Administrative Procedure Act, s. 19).',
        'Handle it in your own system: that is your organisation’s own service, not acting on the customer’s behalf.',
        'An agent with a written power of attorney can act for them in this channel (confirm your local practice).',
        'At a joint-service point (yhteispalvelu), assist and pass the matter on: the responsible authority decides.',
      ],
    },
    'not-on-behalf': {
      title: 'Do not do it in their name in an e-service',
      action: 'Do not do the matter in the customer’s name in an e-service; offer guided self-service, Suomi.fi e-Authorizations or the service’s own non-digital channel.',
      steps: [
        'Say kindly that you cannot fill in, submit or pay in their name in an e-service.',
        'Offer to guide them step by step while they do it themselves.',
        'Or explain Suomi.fi e-Authorizations, or offer the service’s phone, paper or in-person channel; your organisation handling its own matter there is not acting on their behalf.',
        'If they ask you to read a letter (e.g. in OmaKela or Suomi.fi Messages) or the screen aloud, you may (our reading); questions on its content go to the sender.',
      ],
    },
    'e-authorizations': {
      title: 'Acting for someone: Suomi.fi e-Authorizations',
      action: 'Explain that in e-services someone acts for the customer only through Suomi.fi e-Authorizations, with their own ID, never through you.',
      steps: [
        'An adult can authorise a trusted person for chosen matters; the trusted person logs in with their own ID.',
        'The trusted person sends a mandate request; the customer accepts it online or, without an e-ID, at a DVV service point.',
        'If the customer cannot visit, use authorisation with an application.',
        'Each e-service decides whether mandates work in it: check its instructions.',
        'Guardians usually act for their minor children without a mandate; some services set limits.',
        'If the customer has a guardian for their affairs (edunvalvoja), what each of them may do depends on the guardianship: check it.',
        'Banks and insurers use their own powers of attorney: ask the bank or insurer.',
        'After a death, the matters belong to the estate (kuolinpesä): never use the deceased’s codes, and do not rely on mandates they gave (the Tax Administration, for one, no longer accepts them); each organisation has its own estate procedure: refer to it.',
      ],
    },
    'no-eid-alternatives': {
      title: 'No usable e-ID: offer alternatives',
      action: 'Help with what needs no identification, explain the kinds of strong e-ID neutrally, and offer the service’s non-digital channel or authorising a trusted person.',
      steps: [
        'Help with what needs no identification: public information and blank forms.',
        'Explain the kinds of strong e-ID and who issues them: bank codes (banks), a mobile certificate (mobile operators), the citizen certificate on the ID card (card from the police, certificate from DVV).',
        'A customer from abroad may be able to log in with another EU country’s notified (eIDAS) e-ID or, without a Finnish personal identity code, with the Finnish Authenticator app, but only in services that accept them: check the service.',
        'Offer the service’s phone, paper or in-person channel.',
        'Or they can authorise someone they trust with Suomi.fi e-Authorizations; without an e-ID they accept the mandate request at a DVV service point.',
      ],
    },
    'guide-own-service': {
      title: 'Guide in your own service',
      action: 'Guide the customer step by step in your own service while they use the device and log in themselves.',
      steps: [
        'Let the customer use the device and log in; guide them step by step.',
        'Advise on the procedure: what can be applied for, where and by when (your duty to advise, within your competence).',
        'Explain what a question means; let the customer choose the answer.',
        'At a state authority, or in a bilingual municipality or wellbeing services county, the customer may use Finnish or Swedish (Language Act 423/2003, s. 10): if unsure, ask which they prefer. Sámi has its own act (Sámi Language Act): check your local practice.',
        'With an interpreter, speak to the customer, not to the interpreter; the customer still does the steps (good practice).',
        'Show the service’s help contacts for later.',
      ],
    },
    'refer-service-owner': {
      title: 'Refer to the organisation responsible',
      action: 'Say whose service it is, give its official address and advice channel, and tell the customer what to have ready.',
      steps: [
        'Say whose service it is: which authority, bank, insurer or company.',
        'Give its official address and the advice channel shown in the service itself (chat, phone, service point).',
        'If it is unclear who is responsible, suggest Public Service Info (check its current name).',
        'Tell them to have ready: their own e-ID, the letter or decision, and their questions.',
      ],
    },
    'refer-general-support': {
      title: 'Point to general digital support',
      action: 'Refer help with the customer’s own device, general skills or general use of another organisation’s service to general digital support, with place and times.',
      steps: [
        'Explain that your customer service covers your own services, not the customer’s own device, general skills or general use of other organisations’ services.',
        'Point to general digital support, e.g. a library or a digital support point; give the nearest place and times (see your organisation’s contacts).',
        'Helping them use your shared customer device for your own matter is your job: help as usual.',
      ],
    },
    'general-support': {
      title: 'Give general digital support',
      action: 'Help with the device, skills and finding the official service and its public instructions; leave the content of the matter to the organisation responsible.',
      steps: [
        'Help with the device and digital skills: settings, app store, e-mail, browser.',
        'Help find the official service by its known address (not through search results or message links) and its public instructions.',
        'Simple technical help with online banking is fine; banking questions go to the bank.',
        'Leave the content of the matter (what to apply for, what to answer) to the service’s advice channel.',
        'With an interpreter, speak to the customer, not to the interpreter; the customer still does the steps (good practice).',
      ],
    },
    'remote-support': {
      title: 'Remote support: official tools, customer in control',
      action: 'Help remotely only with your organisation’s official tools, and leave the customer in control of what they share.',
      steps: [
        'Use only your organisation’s official phone, chat or screen-sharing tool.',
        'Check who you are talking to, as your procedure says, before you discuss their matter.',
        'Let the customer start and stop screen sharing; they keep control of their device.',
        'Ask them to pause sharing while they type codes.',
        'Ask them to read out text on the screen, never codes; stop them if they start.',
      ],
    },
    'no-supporter-device-login': {
      title: 'Not on your work device (good practice)',
      action: 'As good practice (our reading), have the customer log in on their own device or the shared one, never on your work device.',
      steps: [
        'Ask them to use their own device or the shared customer device.',
        'Use your screen only for public pages.',
        'If there is no device, offer another channel or time.',
      ],
    },
    'shared-device-care': {
      title: 'Shared device: leave nothing behind',
      action: 'Help the customer use the shared device for the matter, and make sure nothing of theirs is left on it.',
      steps: [
        'Help them use the shared device for their matter.',
        'Have them log out of every service.',
        'Before they leave, clear browser data (history, cache, cookies) and downloads, as your local procedure says.',
        'Also remove their scans and print jobs (our reading).',
        'Check the device is clean before the next customer (good practice).',
      ],
    },
    'customer-privacy': {
      title: 'The customer decides what you see',
      action: 'Let the customer decide what you see: say you may see personal data and keep it confidential, and guide in words.',
      steps: [
        'Say you may see personal data and will keep it confidential: authority staff are bound to confidentiality, volunteers follow their organisation’s rules (confirm the basis locally).',
        'Ask what they are comfortable showing; guide in words.',
        'Look away at sensitive screens and while they type codes; remotely, let them choose what to share.',
      ],
    },
    'data-loss-risk': {
      title: 'Installs and settings: risk of data loss',
      action: 'Say the customer is responsible for the device, its data and the installs agreed, and have them back up first.',
      steps: [
        'Say the device, its data and the installs you agree on are their responsibility, and that data can be lost.',
        'Have them back up first.',
        'Agree exactly what is changed, and change only that.',
        'Have them use their own app-store account.',
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
      text: 'Authorities must advise on their own services (Administrative Procedure Act), and each service shows where to get help.',
    },
    P4: {
      title: 'Two kinds of digital support',
      text: 'Service-situation support covers mainly your own transactions, the services related to them and use of a shared device; general support does not extend to transactions.',
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
      text: 'Know the limits of your competence and refer the customer onward when needed.',
    },
    P10: {
      title: 'Do not act on the customer’s behalf',
      text: 'The supporter never acts for the customer; in e-services, someone acts for another only through Suomi.fi e-Authorizations.',
    },
    P11: {
      title: 'The customer logs in alone',
      text: 'Nobody may use another person’s means of identification; authorities never ask for bank codes.',
    },
    P12: {
      title: 'Banking belongs to the bank',
      text: 'General support does not take beginners through first-time online-bank set-up or advise on banking; simple technical help is fine.',
    },
    P13: {
      title: 'Customer’s device and responsibility',
      text: 'The customer is responsible for their device, its data and agreed installs; repairs, malware removal, OS upgrades and large updates are not digital support.',
    },
    P14: {
      title: 'Official channels only',
      text: 'Support only through the organisation’s own channels; good practice: no private phones, chat apps or ad-hoc remote tools.',
    },
    P15: {
      title: 'Confidentiality',
      text: 'Keep what you see confidential: library rules require it, public-sector staff have a statutory duty (basis to confirm locally), volunteers follow their organisation’s rules.',
    },
    P16: {
      title: 'The customer controls what is shown',
      text: 'The customer decides what personal data they show; the supporter adapts, e.g. looks away at code entry.',
    },
    P17: {
      title: 'Keep no customer data',
      text: 'Good practice: do not note or save customers’ codes or data.',
    },
    P18: {
      title: 'Leave nothing on shared devices',
      text: 'Log out of all services and clear browser data; good practice: the supporter checks it is done.',
    },
    P19: {
      title: 'Watch for phishing',
      text: 'Look-alike sites reached through links or search results steal codes; use the known address. Stopping on signs of a scam is our reading.',
    },
    P20: {
      title: 'Commercial neutrality',
      text: 'Explain types, not companies: a library rule, elsewhere good practice.',
    },
    P21: {
      title: 'Identification only where needed',
      text: 'Public information and blank forms need no e-identification.',
    },
    P22: {
      title: 'Means of strong identification',
      text: 'Bank codes, a mobile certificate or the citizen certificate on the ID card issued by the police.',
    },
    P23: {
      title: 'Suomi.fi e-Authorizations',
      text: 'An adult authorises a trusted person for chosen matters, who logs in with their own ID; each e-service decides if mandates work in it. Guardians act for minors; guardianship (edunvalvonta) can limit what an adult may grant.',
    },
    L1: {
      title: 'Duty to advise',
      text: 'Administrative Procedure Act (434/2003), s. 8: within its competence an authority advises free of charge and directs the customer onward when needed.',
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
      text: 'By law a joint-service (yhteispalvelu) point assists with another authority’s matters but does not decide them. Our reading: for guidance they count as your own; confirm locally.',
    },
    L7: {
      title: 'How a matter is started',
      text: 'Administrative Procedure Act (434/2003), s. 19: a matter is started in writing, or orally if the authority agrees. Your organisation taking its own matter this way is its own service, not acting for the customer.',
    },
  },

  referrals: {
    'own-service-help': {
      name: 'Your service’s help contacts',
      detail: 'Shown in your e-service.',
    },
    'service-owner-advice': {
      name: 'The advice channel of the organisation responsible',
      detail: 'Its official address and advice channel, as shown in the service; for the content of the matter.',
    },
    'bank-or-insurer': {
      name: 'The customer’s bank or insurer',
      detail: 'Banking, insurance, bank codes and their own powers of attorney.',
    },
    'public-service-info': {
      name: 'Public Service Info (Kansalaisneuvonta)',
      detail: 'Finds the right authority and helps with e-Authorizations; check its current name.',
    },
    'bank-blocking': {
      name: 'The bank’s blocking service',
      detail: 'Call at once; take the number from the bank’s own website, never from the message.',
    },
    police: {
      name: 'The police',
      detail: 'Report fraud; in an emergency call 112.',
    },
    'suomi-fi-e-authorizations': {
      name: 'Suomi.fi e-Authorizations',
      detail: 'The trusted person logs in with their own ID.',
    },
    'authorisation-by-application': {
      name: 'Authorisation with an application, or assisted authorisation',
      detail: 'When the customer cannot authorise online or visit a DVV service point; some wellbeing services counties offer assisted authorisation.',
    },
    'e-id-issuers': {
      name: 'Issuers of strong e-ID',
      detail: 'Banks, mobile operators, the police (ID card with DVV’s citizen certificate); name no company.',
    },
    'non-digital-channel': {
      name: 'The service’s non-digital channel',
      detail: 'Phone, paper or in person.',
    },
    'general-digital-support': {
      name: 'General digital support',
      detail: 'Libraries and digital support points; give the place and times.',
    },
    'repair-service': {
      name: 'Repair service or device seller',
      detail: 'Refer in general terms, naming no shop.',
    },
    'social-services': {
      name: 'Social services',
      detail: 'Your organisation’s own procedure first, or the social services of the municipality or wellbeing services county, e.g. a report of concern about an older person.',
    },
    guardianship: {
      name: 'Guardianship services (edunvalvonta)',
      detail: 'DVV or the public guardianship office: guardians for adults, and continuing powers of attorney (edunvalvontavaltuutus), which DVV confirms.',
    },
  },

  never: {
    'open-message-link': 'Do not open a link in a suspicious message, and do not tap a pop-up warning.',
    'call-number-in-message': 'Do not call a number given in a suspicious message or a pop-up warning, not even to check it.',
    'install-app-on-request': 'Do not install an app, such as a remote-access app, that a caller or a message asks for.',
    'log-in-to-suspect-site': 'Do not log in to a suspicious site, not even to check it.',
    'forward-suspect-link': 'Do not forward a suspicious link or message.',
    'help-grant-mandate-or-commit-in-doubt': 'Do not help the customer grant a mandate, accept a mandate request or make a commitment (apply, sign, pay) while it is in doubt that they understand it.',
    'decide-for-customer': 'Do not decide anything for the customer, not even the answers in a form.',
    'act-on-word-of-person-pushing': 'Do not act on the word of the person pushing the customer, even a relative: act only on the customer’s own decision.',
    'let-others-use-customer-codes': 'Do not let anyone else use the customer’s codes, not a relative or an interpreter, not even with the customer’s consent or a paper power of attorney.',
    'take-or-see-customer-codes': 'Do not take, look at or note the customer’s codes in any form: spoken, written, photographed, by phone or in a message.',
    'log-in-or-type-for-customer': 'Do not log in for the customer or type their codes or answers: they use the device themselves.',
    'keep-customer-phone-or-code-card': 'Do not hold or keep the customer’s phone or code card, while they log in or to finish later.',
    'act-in-their-name-in-e-service': 'Do not do the customer’s matter in an e-service in their name: do not fill in, submit or pay as them, or log in to it with their codes or your own.',
    'become-customer-proxy': 'Do not act as the customer’s proxy yourself, with a mandate or otherwise.',
    'log-in-with-own-or-colleague-id': 'Do not log in with your own or a colleague’s ID to show the customer the service or their data.',
    'make-payments-for-customer': 'Do not make payments for the customer.',
    'take-control-of-customer-login': 'Do not take remote control of the customer’s device while they log in.',
    'attempt-repair-or-upgrade': 'Do not do repairs, malware removal, OS upgrades or large updates, not even “just this once”.',
    'take-device-away': 'Do not take the customer’s device away or keep it for them.',
    'assess-customer-health': 'Do not assess the customer’s health aloud or make a diagnosis: judge only whether they seem to understand this matter, and share your concern only with those your procedure names.',
    'turn-away-from-own-channel': 'Do not turn the customer away because they cannot use the e-service when your organisation’s own channel can handle the matter: that is your own service, not acting on their behalf.',
    'write-customer-documents': 'Do not write the customer’s applications, appeals or statements for them.',
    'send-away-with-nothing': 'Never send the customer away with nothing or say that nothing can be done: always name a lawful way forward, and where and when they can get help.',
    'send-elsewhere-for-own-service': 'Do not send the customer elsewhere for help with your own organisation’s service.',
    'give-binding-answers-on-others-rules': 'Do not give binding answers on another organisation’s rules.',
    'advise-on-banking-or-insurance': 'Do not advise on the content of banking or insurance matters: that belongs to the bank or insurer.',
    'advise-on-matter-content': 'Do not advise on the content of another organisation’s matter (what to apply for, what to answer or fill in): leave it to its advice channel.',
    'use-unofficial-channel-or-tool': 'Do not use a private phone or chat app or an ad-hoc remote tool, or ask the customer to install any remote tool but your organisation’s official one: support only through its official channels (good practice).',
    'customer-login-on-work-device': 'Do not let the customer log in on your work device (good practice).',
    'save-customer-files': 'Do not save the customer’s files or data on your device or a shared device, not even for them to collect later.',
    'leave-session-open': 'Do not leave the customer’s session open for the next customer.',
    'browse-customer-session-or-files': 'Do not browse the customer’s open session or their files.',
    'read-screen-unasked': 'Do not read the customer’s screen unasked.',
    'tell-what-you-saw': 'Do not tell anyone what you saw of the customer’s data.',
    'use-own-account-on-customer-device': 'Do not use your own account, such as your app-store account, on the customer’s device.',
    'change-beyond-agreed': 'Do not install or change anything beyond what you agreed with the customer.',
    'brush-off-worry': 'Do not brush off the customer’s worry.',
    'recommend-company-or-brand': 'Do not recommend a particular company or brand, such as a bank, an operator, a shop or a repair service.',
    'rush-customer-decision': 'Do not rush the customer’s decision.',
    'promise-mandates-work-everywhere': 'Do not promise that every service accepts mandates: each e-service decides.',
    'take-on-teaching-outside-role': 'Do not take on device or skills teaching that your service does not offer.',
    'promise-no-data-loss': 'Do not promise that no data will be lost.',
  },
} as const satisfies TreeText;
