/** English text of the general-support scenarios, keyed by scenario id. */
import type { ScenarioText } from '../../../../scenarios/scenario.types.js';

export const en = {
  SC02: {
    title: "Which income goes on the housing allowance form?",
    situation:
      "At a library, a customer is filling in a Kela housing allowance application on one of the library's customer computers. He has logged in with his own bank codes and asks a staff member which income figures he should enter.",
    distractors: {
      'tell-which-income': {
        text: "Tell him which income figures to enter, based on what he tells you about his situation.",
        why: "What to enter is the content of his matter: a general support point helps with the service itself, and the right answer comes from Kela.",
      },
      'fill-in-for-him': {
        text: "Take over the keyboard and fill in the income section for him.",
        why: "Filling in his application is acting on his behalf, and he learns nothing for next time.",
      },
      'refuse-all-help': {
        text: "Tell him the library cannot help with Kela matters at all and send him away.",
        why: "He can still be helped to open Kela's own instructions and to find Kela's advice channel.",
      },
      'leave-application-open': {
        text: "Leave the application open on the computer so he can carry on after calling Kela.",
        why: "A session left open on a shared computer can expose his data to the next user.",
      },
    },
  },
  SC07: {
    title: "A new operating system and a virus clean-up",
    situation:
      "A customer brings a slow laptop to the library's digital help hour. He asks staff to install the latest operating system and to remove a virus he thinks is slowing the machine down.",
    distractors: {
      'start-the-upgrade': {
        text: "Start the operating system upgrade now, since there is still time left in the help hour.",
        why: "Upgrades and virus removal are not digital support, and the data on the laptop could be lost on the way.",
      },
      'take-laptop-home': {
        text: "Offer to take the laptop home over the weekend and fix it there.",
        why: "The supporter would be holding the customer's device and data outside the official service, with nobody answerable for what happens to them.",
      },
      'recommend-your-shop': {
        text: "Recommend the computer shop you use yourself.",
        why: "Naming a favourite company is not neutral; describe what kind of repair service to look for instead.",
      },
      'run-a-free-cleaner': {
        text: "Download a free clean-up program from the internet and run it on his laptop.",
        why: "Removing malware is repair work, and an unknown program can make things worse and cost him his files.",
      },
    },
  },
  SC08: {
    title: "Installing an authority's app",
    situation:
      "At a drop-in session, a customer wants to install an authority's official app on her own phone but does not know how to find it. She asks a supporter to show her the way.",
    distractors: {
      'use-your-store-account': {
        text: "Sign in to the app store on her phone with your own account to save time.",
        why: "The installation should be hers, under her own account, so that she can update and manage the app herself later.",
      },
      'suggest-paid-helper-app': {
        text: "Suggest a paid helper app you like that bundles several services together.",
        why: "Steering her to a paid product is not neutral, and she only needs the official app.",
      },
      'tidy-other-settings': {
        text: "Tidy up her other phone settings while you are at it.",
        why: "Changes she did not ask for can surprise her or lose data on a device she is responsible for.",
      },
      'install-it-yourself': {
        text: "Take the phone and install the app yourself while she waits.",
        why: "She would not learn how to do it, and the aim is that she can manage on her own next time.",
      },
    },
  },
  SC10: {
    title: "Paying a bill in the online bank",
    situation:
      "At a library, a customer brings his tablet and asks a staff member to pay his electricity bill in his online bank for him. He offers to read out his bank codes so that it goes quickly.",
    distractors: {
      'pay-while-he-reads-codes': {
        text: "Pay the bill for him while he reads out his codes.",
        why: "Bank codes are personal, and paying on someone's behalf carries a risk of financial loss that a supporter must not take on.",
      },
      'teach-online-banking-from-scratch': {
        text: "Sit down with him and teach him online banking from the very beginning.",
        why: "Getting started with online banking is for the bank's own customer service, not for a general support point.",
      },
      'keep-code-card-at-desk': {
        text: "Offer to keep his code card safe at the desk until his next visit.",
        why: "Staff never keep a customer's codes; they stay with him alone.",
      },
    },
  },
  SC23: {
    title: "A tax refund text message",
    situation:
      "An elderly man shows a library staff member a text message that claims to come from the Tax Administration and promises a refund through a link. The page that opened is asking for his bank codes, and he wants help filling it in.",
    distractors: {
      'enter-codes-to-check': {
        text: "Let him enter his codes on the page so you can both see whether the refund is real.",
        why: "Codes typed on a fake page go straight to the fraudster.",
      },
      'open-link-on-library-computer': {
        text: "Open the same link on a library computer to take a closer look.",
        why: "Following the link only repeats the risk; the real service is reached through its known address.",
      },
      'say-refunds-come-this-way': {
        text: "Tell him refunds are often paid like this and he can go ahead.",
        why: "Look-alike sites behind links in messages are a common way to steal bank codes, so the concern must be taken seriously.",
      },
    },
  },
  SC24: {
    title: "A grandson in a hurry",
    situation:
      "An elderly woman comes to a drop-in with her adult grandson, who urges her to open her online bank so that he can move her savings to a safer account. She looks uneasy and asks the supporter to log in with her codes so that it is over quickly.",
    distractors: {
      'log-in-to-calm-things': {
        text: "Log in for her quickly so that the situation calms down.",
        why: "The supporter never uses a customer's codes, and hurrying along under pressure is exactly what a fraud relies on.",
      },
      'let-grandson-use-codes': {
        text: "Let the grandson type in her codes, since she has agreed to it.",
        why: "Nobody may use another person's means of identification, even with consent, and the pressure on her is itself a warning sign.",
      },
      'treat-as-normal-banking': {
        text: "Help them with the transfer as an ordinary banking task.",
        why: "Pressure to move money in a hurry is a sign of possible fraud, and banking matters belong to the bank in any case.",
      },
    },
  },
  SC25: {
    title: "Pop-ups and a phone handed over",
    situation:
      "At a community centre's digital help, a customer says his phone keeps showing pop-up ads and virus warnings. He hands the phone over, tells the supporter his screen-lock code and app store password, and asks them to clean it up.",
    distractors: {
      'clean-phone-with-his-codes': {
        text: "Use his codes to go through the phone and remove anything that looks suspicious.",
        why: "Cleaning up malware is repair work, and his codes are not for the supporter to use.",
      },
      'note-codes-for-later': {
        text: "Write down his codes so you can carry on after the session.",
        why: "Codes written down by staff can end up in the wrong hands; they belong only to him.",
      },
      'keep-phone-overnight': {
        text: "Keep the phone at the centre overnight and work on it when it is quiet.",
        why: "Taking custody of his device and data goes beyond digital support and leaves him without his phone.",
      },
      'factory-reset': {
        text: "Reset the phone to factory settings so the problem is sure to go away.",
        why: "A reset can wipe his data, and it is repair work outside digital support.",
      },
    },
  },
  SC26: {
    title: "Loans and a reservation in the library's own service",
    situation:
      "A customer at a library wants to renew her loans and reserve a book in the library's online service on her own phone. She logs in with her library card and PIN and would rather the staff member did not see her list of loans.",
    distractors: {
      'say-transactions-not-supported': {
        text: "Tell her that digital support does not cover transactions, so she must manage it alone.",
        why: "Loans and reservations are the library's own service, and the library guides its customers in using it.",
      },
      'renew-with-her-pin': {
        text: "Ask for her card number and PIN and renew the loans for her at the desk.",
        why: "Her PIN is hers alone, and with guidance she can renew the loans herself.",
      },
      'check-loan-list-together': {
        text: "Look through her loan list with her to make sure everything was renewed.",
        why: "She chose to keep the list to herself; guide her in words and let her check it.",
      },
      'write-pin-on-card': {
        text: "Write her PIN on the back of her library card so that she will not forget it.",
        why: "A PIN kept with the card lets anyone who finds the card use it.",
      },
    },
  },
  SC27: {
    title: "Prescriptions in MyKanta without an e-ID",
    situation:
      "An elderly man sitting at a library's customer computer wants to see his prescriptions in MyKanta. He has no bank codes, no mobile certificate and no ID card with a certificate.",
    distractors: {
      'show-with-your-own-codes': {
        text: "Log in to MyKanta with your own bank codes so that he can see what the service looks like.",
        why: "A supporter never uses their own identification in a customer's matter, and it would show your health data, not his.",
      },
      'say-nothing-can-be-done': {
        text: "Tell him there is nothing he can do without an e-ID.",
        why: "He can get an e-ID, use the service owner's non-digital channel, or authorise a person he trusts.",
      },
      'name-a-bank': {
        text: "Tell him which bank gives out codes most easily and send him there.",
        why: "Explain the kinds of e-ID and where each is issued without picking a company.",
      },
      'borrow-spouse-codes': {
        text: "Suggest that he use his wife's bank codes just this once.",
        why: "Nobody may use another person's means of identification, not even a spouse's.",
      },
    },
  },
  SC28: {
    title: "Doing it properly for her mother",
    situation:
      "A mother and her adult daughter come to a library drop-in. The daughter has been handling her mother's tax matters with the mother's bank codes, and now they want to set it up correctly; the mother has her own codes and her own tablet.",
    distractors: {
      'carry-on-with-consent': {
        text: "Tell them it is fine to go on using the mother's codes, since she agrees.",
        why: "Using another person's means of identification is not allowed even with consent; the daughter must log in as herself.",
      },
      'write-paper-power-of-attorney': {
        text: "Advise them to sign a paper power of attorney so the daughter can keep using the codes.",
        why: "A paper does not make sharing codes acceptable; e-services check electronic mandates.",
      },
      'promise-one-mandate-for-all': {
        text: "Tell them one mandate will let the daughter handle all her mother's affairs everywhere.",
        why: "Mandates are given for chosen matters, and each service decides whether acting on behalf is possible in it.",
      },
      'offer-to-act-yourself': {
        text: "Offer to take care of the mother's tax matters yourself whenever the daughter is busy.",
        why: "The supporter does not act on a customer's behalf; that is for a person the customer authorises.",
      },
    },
  },
  SC29: {
    title: "Hands too unsteady for the code app",
    situation:
      "An elderly woman at a library has bank codes, but her shaking hands and weak eyesight stop her from using the code app. She has to answer a request for further information from Kela and asks the staff member to log in and type the reply for her.",
    distractors: {
      'log-in-and-reply-for-her': {
        text: "Log in with her codes and type the reply for her.",
        why: "Her codes are hers alone, and sending a reply to Kela in her name is acting on her behalf.",
      },
      'tell-her-to-learn-the-app': {
        text: "Tell her she will simply have to learn to use the app.",
        why: "She has a real obstacle, and there are proper alternatives: a trusted person with a mandate, another means of identification or Kela's non-digital channel.",
      },
      'suggest-what-to-write': {
        text: "Suggest what she should write in her reply to Kela.",
        why: "The content of her reply is her matter with Kela, and Kela's own advice channel answers questions about it.",
      },
    },
  },
  SC30: {
    title: "Cancelling an add-on to a phone subscription",
    situation:
      "At a service centre's digital help, a customer wants to cancel an add-on to his mobile subscription in the operator's online account. He suggests using the supporter's work laptop: he would log in with his bank codes and the supporter could click through the rest.",
    distractors: {
      'finish-the-cancellation': {
        text: "Once he has logged in, make the cancellation for him.",
        why: "Making changes to his contract is acting on his behalf; he should do the clicks himself with guidance.",
      },
      'use-your-work-laptop': {
        text: "Let him log in on your work laptop because its screen is bigger.",
        why: "A customer's login does not belong on the supporter's work device; use his own phone or a shared customer computer.",
      },
      'suggest-cheaper-operator': {
        text: "Tell him which operator has the cheapest subscriptions and suggest he switch.",
        why: "Steering a customer to a particular company is not neutral.",
      },
      'interpret-contract-terms': {
        text: "Explain to him what the cancellation terms of his contract mean.",
        why: "Questions about his contract are for the operator's customer service, which knows its own terms.",
      },
    },
  },
  SC31: {
    title: "Installing the bank's app",
    situation:
      "A customer has received new online banking codes and wants to install her bank's app on her own phone. She asks a library staff member to help her find the right app in the app store; the bank's letter explains how to activate it.",
    distractors: {
      'install-first-search-hit': {
        text: "Search for the bank's name and install the first app that comes up.",
        why: "Look-alike apps and sites exist; find the app through the bank's own address or instructions.",
      },
      'activate-with-her-codes': {
        text: "Activate the app for her with the codes from her letter.",
        why: "Her codes are hers alone, and she should do the activation herself following the bank's instructions.",
      },
      'tour-bank-products': {
        text: "Take her through the bank's loan and savings features while you are at it.",
        why: "Advice on banking matters belongs to the bank, not to a general support point.",
      },
      'suggest-another-bank': {
        text: "Tell her another bank's app is easier and that she might switch banks.",
        why: "Recommending one bank over another is not neutral.",
      },
    },
  },
  SC32: {
    title: "A decision in Suomi.fi Messages",
    situation:
      "A customer at a library's customer computer wants to read a decision she has received in Suomi.fi Messages. She logs in with her own bank codes, asks the staff member to step aside while the letter is open, and afterwards wonders whether she should appeal.",
    distractors: {
      'read-decision-with-her': {
        text: "Stay next to her and read the decision together so you can explain it.",
        why: "She decides what she shows; respect her wish and guide her in words from a distance.",
      },
      'judge-the-appeal': {
        text: "Tell her whether you think an appeal would succeed.",
        why: "Whether and how to appeal is the content of her matter; the authority that made the decision gives advice on it.",
      },
      'save-to-desktop': {
        text: "Save the decision on the computer's desktop so she can print it later.",
        why: "Files left on a shared computer can be read by the next user.",
      },
      'let-session-time-out': {
        text: "Let her leave the computer as it is, since the session will end by itself.",
        why: "She should log out of every service and the browser data should be cleared before she leaves a shared computer.",
      },
    },
  },
  SC33: {
    title: "E-mail on a new phone",
    situation:
      "At a community centre's peer support session, a customer wants to set up her e-mail on her new phone and make the text larger. She says she would rather the peer supporter did not see her messages.",
    distractors: {
      'open-inbox-to-test': {
        text: "Open her inbox yourself to check that the messages come through.",
        why: "She asked to keep her messages private; let her check the inbox herself.",
      },
      'tape-password-to-phone': {
        text: "Write her e-mail password on a note and tape it to the phone case.",
        why: "A password kept with the phone is open to anyone who picks it up.",
      },
      'change-whatever-helps': {
        text: "Change any settings you think would be useful while you have the phone.",
        why: "Only the changes she agreed to should be made; she is responsible for her device and data can be lost.",
      },
    },
  },
  SC34: {
    title: "A first look at an online shop",
    situation:
      "At an NGO's digital drop-in, a customer wants to learn how an online shop works before her first purchase: searching, delivery options and the returns page. She suggests the supporter log her in to her shop account on the supporter's own laptop because its screen is bigger.",
    distractors: {
      'log-her-in-on-your-laptop': {
        text: "Log her in to her shop account on your laptop.",
        why: "A customer's login does not belong on the supporter's device, where it can be left behind.",
      },
      'recommend-a-shop': {
        text: "Recommend the online shop you trust most.",
        why: "Steering a customer to a particular company is not neutral.",
      },
      'place-first-order-for-her': {
        text: "Place her first order for her to show how it works.",
        why: "Buying on her behalf is acting for her, and she learns more by doing it herself.",
      },
      'save-password-in-browser': {
        text: "Save her password in the laptop's browser so that it is quicker next time.",
        why: "Her password would stay on a device she does not control.",
      },
    },
  },
  SC35: {
    title: "A caller from the \"bank\"",
    situation:
      "A customer tells a library staff member that someone claiming to be from her bank phoned and told her to install a remote access app. She has the caller's instructions written down and wants help installing the app now.",
    distractors: {
      'install-as-told': {
        text: "Help her install the app, since it was her bank that asked.",
        why: "A remote access app would hand control of her phone to the caller; this is a typical fraud pattern.",
      },
      'ring-the-callers-number': {
        text: "Call the number the caller gave to check whether the request is genuine.",
        why: "The number may lead back to the fraudster; the bank is reached through its known contact details.",
      },
      'wait-for-next-call': {
        text: "Tell her to wait and see whether the caller rings again.",
        why: "If anything has already been shared, waiting gives the fraudster time; she should contact her bank through its known channel now.",
      },
    },
  },
  SC36: {
    title: "A son who wants to help his father",
    situation:
      "An adult son and his elderly father come to a library drop-in. The son wants to take care of his father's tax matters online on his own phone, but the father has no bank codes or other e-ID.",
    distractors: {
      'get-codes-for-son': {
        text: "Suggest the father get bank codes and hand them over to his son to use.",
        why: "Codes are personal; the son has to act with his own identification and a mandate from his father.",
      },
      'say-no-eid-no-mandate': {
        text: "Tell them that without an e-ID the father cannot authorise anyone.",
        why: "There are routes for people who cannot authorise electronically, such as authorisation by application.",
      },
      'name-a-bank-for-codes': {
        text: "Tell the father which bank to get his codes from.",
        why: "Explain the kinds of e-ID and where each is issued without recommending a company.",
      },
    },
  },
  SC38: {
    title: 'A partner who answers for her',
    situation:
      'At a library drop-in, a woman wants to apply for Kela’s housing allowance in OmaKela, Kela’s e-service, on her own phone and logs in herself. Her partner keeps answering the questions for her and tells the supporter to hurry up and fill it all in; she looks unsure and says little.',
    distractors: {
      'fill-it-in-as-he-asks': {
        text: 'Fill in the application as the partner asks, so that it gets done.',
        why: 'The supporter does not do the matter in her name, and acts only on her own decision, never on the word of the person pushing her.',
      },
      'let-him-answer-for-her': {
        text: 'Let the partner answer the questions, since he knows their finances.',
        why: 'She decides what is answered and shown; talk with her and give her time.',
      },
      'let-him-use-her-codes': {
        text: 'Let the partner log in with her codes next time to save her the trouble.',
        why: 'Nobody may use another person’s codes; he can act for her only with a mandate she gives herself.',
      },
    },
  },
  SC40: {
    title: 'Larger text, asked for on the phone',
    situation:
      'A customer calls a library’s digital support phone line: she wants larger text on her own tablet but cannot find the setting. She has found a remote-control app on a website and offers to install it so that the supporter can make the change.',
    distractors: {
      'remote-app-from-her-link': {
        text: 'Have her install the app from the website so that you can change the setting yourself.',
        why: 'Only the organisation’s official tools are used for remote support, and an app from a random site is a risk to her device.',
      },
      'call-back-from-own-mobile': {
        text: 'Call her back later from your own mobile phone, which has a better video call app.',
        why: 'Support is given only through the organisation’s official channels, not private phones.',
      },
      'change-more-while-at-it': {
        text: 'Tell her which other settings to change too while she is at it.',
        why: 'Change only what she asked for and agreed to: the device and its data are hers.',
      },
    },
  },
} as const satisfies Readonly<Record<string, ScenarioText>>;
