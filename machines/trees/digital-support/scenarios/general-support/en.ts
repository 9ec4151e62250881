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
    right: {
      'refer-service-owner': {
        text: "Tell him Kela answers what income to enter, and show him its advice channel.",
        why: "What to enter is the content of his Kela matter, so the right answer comes from Kela, not from the library.",
      },
      'general-support': {
        text: "Help him open Kela's own instructions on income for this application.",
        why: "Finding the official instructions is general digital support; he still fills in the form himself.",
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
        text: "Recommend the computer shop you use yourself, since it has been reliable.",
        why: "Naming a favourite company is not neutral; describe what kind of repair service to look for instead.",
      },
      'run-a-free-cleaner': {
        text: "Download a free clean-up program from the internet and run it on his laptop.",
        why: "Removing malware is repair work, and an unknown program can make things worse and cost him his files.",
      },
    },
    right: {
      'decline-repair': {
        text: "Say that upgrades and virus removal are not done here; suggest a repair service.",
        why: "At libraries repairs, malware removal and OS upgrades are not digital support; a repair service, named neutrally, can do them once he has backed up.",
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
    right: {
      'general-support': {
        text: "Show her the way to the app from the authority's own website.",
        why: "Finding the official app by its known address is general digital support, and doing it herself means she can do it again.",
      },
      'data-loss-risk': {
        text: "Have her use her own store account, and change nothing else on the phone.",
        why: "The phone, its data and the installs she agrees to are her responsibility, so only the agreed change is made.",
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
    right: {
      'keep-credentials-private': {
        text: "Stop him reading out his codes; he types them himself.",
        why: "Bank codes are for him alone: the supporter never hears, sees or types them.",
      },
      'not-on-behalf': {
        text: "Offer to guide him while he pays the bill himself.",
        why: "Paying in his online bank for him would be acting on his behalf; guiding him while he pays is support.",
      },
      'refer-service-owner': {
        text: "For questions about his online bank, give him his bank's contacts.",
        why: "Banking questions belong to the bank, which knows its own service; the library gives only simple technical help.",
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
      'call-number-in-message': {
        text: "Call the number the message came from and ask whether the refund is real.",
        why: "That number leads to the sender, not to the Tax Administration; tax matters are checked in MyTax, opened by its known address.",
      },
    },
    right: {
      'fraud-stop': {
        text: "Have him close the page without typing anything, and open MyTax by its known address.",
        why: "Verohallinto has said in public warnings that its messages never contain a direct link to MyTax; MyTax is opened by its known address.",
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
        text: "Help them with the transfer as an ordinary banking task, since it is her own money.",
        why: "Pressure to move money in a hurry is a sign of possible fraud, and banking matters belong to the bank in any case.",
      },
    },
    right: {
      'fraud-stop': {
        text: "Stop the transfer: a \"safer account\" is a known scam script.",
        why: "Pressure to move money quickly is a typical scam pattern, and her bank is reached only through its own known number.",
      },
      'safeguard-customer': {
        text: "Ask to talk with her alone, and give her time to decide.",
        why: "She decides about her money; nothing is done on the word of the person pushing her, even a relative.",
      },
    },
  },
  SC25: {
    title: "Pop-ups and a phone handed over",
    situation:
      "At a community centre's digital help, a customer says his phone keeps showing virus warnings that pop up while he browses; one gives a support number to call. He hands the phone over, tells the supporter his screen-lock code and app store password, and asks them to clean it up.",
    distractors: {
      'call-number-in-warning': {
        text: "Call the support number in the warning with him, so that its experts can remove the virus.",
        why: "The number in a pop-up warning leads to the scammers, who want payment, codes or a remote-access app.",
      },
      'install-app-from-warning': {
        text: "Install the security app the warning offers, using the app store password he gave you.",
        why: "Apps pushed by fake warnings are often the harmful part, and his password is not for the supporter to use.",
      },
      'clean-phone-with-his-codes': {
        text: "Use his codes to go through the phone and remove anything that looks suspicious.",
        why: "His codes are not for the supporter to use, and removing malware is repair work, not digital support here.",
      },
    },
    right: {
      'fraud-stop': {
        text: "Tell him not to tap the warnings or call the number, and ask whether he already did.",
        why: "Pop-up virus warnings with a number to call are a common scam; if codes or money were given, his bank and the police come next.",
      },
      'keep-credentials-private': {
        text: "Hand the phone back and say that his codes are for him alone, you included.",
        why: "The supporter never uses a customer's codes; he unlocks the phone and types passwords himself.",
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
        text: "Ask for her PIN and log in to her library account on your work computer to renew them.",
        why: "Her PIN is hers alone and her login does not belong on your computer; she can renew them herself, or staff can renew them at the desk in the library's own system.",
      },
      'check-loan-list-together': {
        text: "Look through her loan list with her to make sure everything was renewed.",
        why: "She chose to keep the list to herself; guide her in words and let her check it.",
      },
      'renew-on-her-phone-yourself': {
        text: "Take her phone and do the renewals yourself, since that is quicker than explaining.",
        why: "She would not learn to do it, and you would see the loan list she wanted to keep to herself.",
      },
    },
    right: {
      'guide-own-service': {
        text: "Show her where renewals and reservations are, and let her do the steps.",
        why: "The loans are the library's own service, and guiding its customers in it is part of the library's job.",
      },
      'customer-privacy': {
        text: "Stand where you cannot see her screen, and tell her in words what to tap next.",
        why: "She decides what she shows; her loans stay her own business even while you guide her.",
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
    right: {
      'no-eid-alternatives': {
        text: "Explain the kinds of e-ID, who issues them, and mandates for MyKanta.",
        why: "Without an e-ID he still has routes: getting one, a MyKanta mandate for a trusted person, or the service's non-digital channel.",
      },
      'refer-service-owner': {
        text: "Tell him MyKanta is Kela's, and give him Kela's advice channel.",
        why: "Questions on MyKanta and on getting his prescription information belong to the organisation responsible for it.",
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
    right: {
      'e-authorizations': {
        text: "Explain that the mother can give her daughter a mandate for her tax matters in Suomi.fi.",
        why: "Acting for another person in e-services goes through Suomi.fi e-Authorizations, with the trusted person's own ID.",
      },
      'general-support': {
        text: "Help them find Suomi.fi e-Authorizations by its known address, with its instructions.",
        why: "Finding the official service and its public instructions is general digital support; the mother gives the mandate herself.",
      },
    },
  },
  SC29: {
    title: "Shaking hands and the code app",
    situation:
      "An elderly woman at a library has bank codes, but her shaking hands and weak eyesight stop her from using the code app. She has to answer a request for further information from Kela and asks the staff member to log in and type the reply for her.",
    distractors: {
      'log-in-and-reply-for-her': {
        text: "Log in with her codes and type the reply for her, since she cannot do it.",
        why: "Her codes are hers alone, and sending a reply to Kela in her name is acting on her behalf.",
      },
      'tell-her-to-learn-the-app': {
        text: "Tell her she will simply have to learn the app, as everyone else has.",
        why: "She has a real obstacle, and there are proper alternatives: a trusted person with a mandate, another means of identification or Kela's non-digital channel.",
      },
      'suggest-what-to-write': {
        text: "Suggest what she should write in her reply to Kela, to save her worry.",
        why: "The content of her reply is her matter with Kela, and Kela's own advice channel answers questions about it.",
      },
    },
    right: {
      'keep-credentials-private': {
        text: "Say kindly that you cannot log in with her codes, even to help her.",
        why: "Only she may use her codes; her obstacle is solved in other ways, not by the supporter using them.",
      },
      'not-on-behalf': {
        text: "Do not reply to Kela in her name; tell her about Kela's other ways to reply.",
        why: "Replying to Kela in her name would be acting on her behalf; Kela's own channels stay open to her.",
      },
      'e-authorizations': {
        text: "Tell her that someone she trusts could act for her with a mandate and their own ID.",
        why: "With Suomi.fi e-Authorizations a trusted person acts for her lawfully, logging in as themselves.",
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
    right: {
      'not-on-behalf': {
        text: "Guide him through the cancellation; he makes the clicks.",
        why: "Changing his contract for him would be acting on his behalf; with guidance he can do it himself.",
      },
      'no-supporter-device-login': {
        text: "Have him log in on his own phone or a shared computer.",
        why: "As good practice (our reading), a customer's login does not belong on the supporter's work device.",
      },
    },
  },
  SC31: {
    title: "Installing the bank's app",
    situation:
      "A customer has already activated her new online banking codes as her bank's letter told her to. Now she wants to install the bank's app on her own phone and asks a library staff member to help her find the right app in the app store.",
    distractors: {
      'install-first-search-hit': {
        text: "Search for the bank's name and install the first app that comes up.",
        why: "Look-alike apps and sites exist; find the app through the bank's own address or instructions.",
      },
      'activate-with-her-codes': {
        text: "Sign in to the new app for her with her codes, to check that it works.",
        why: "Her codes are hers alone; she signs in herself, and the bank helps if the app does not accept them.",
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
    right: {
      'general-support': {
        text: "Help her find the app via her bank's website; code questions go to the bank.",
        why: "Installing the app is simple technical help; the bank's own instructions and service answer banking questions.",
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
    right: {
      'refer-service-owner': {
        text: "Tell her the authority that decided advises on appeals.",
        why: "Whether to appeal is the content of her matter; the decision's own appeal instructions and its authority answer it.",
      },
      'shared-device-care': {
        text: "Have her log out and clear the browser before she leaves.",
        why: "Nothing of hers may be left on a shared computer for the next user to see.",
      },
      'customer-privacy': {
        text: "Step aside as she asks while the letter is open, and guide her in words.",
        why: "She decides what you see; you can still help without looking at her decision.",
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
      'type-password-for-her': {
        text: "Type in her e-mail password yourself while she reads it out, since her fingers are slow.",
        why: "Her password is for her alone; give her time and guide her in words while she types it.",
      },
      'change-whatever-helps': {
        text: "Change any settings you think would be useful while you have the phone.",
        why: "Only the changes she agreed to should be made; she is responsible for her device and data can be lost.",
      },
    },
    right: {
      'general-support': {
        text: "Guide her in words while she sets up the e-mail and the text size herself.",
        why: "Help with her own phone and its settings is general digital support, and she learns by doing it.",
      },
      'customer-privacy': {
        text: "Let her open the inbox herself, with the phone turned away from you.",
        why: "She asked to keep her messages private, and she decides what you see.",
      },
      'data-loss-risk': {
        text: "Agree exactly which settings change; the phone and its data are hers.",
        why: "She is responsible for her device and its data, and unagreed changes can surprise her or lose data.",
      },
    },
  },
  SC34: {
    title: "A first look at an online shop",
    situation:
      "At an NGO's digital drop-in, a customer wants to learn how an online shop works before her first purchase: searching, delivery options and the returns page. She suggests the supporter log her in to her shop account on the supporter's own laptop because its screen is bigger.",
    distractors: {
      'log-her-in-on-your-laptop': {
        text: "Let her log in to her shop account on your laptop, since its screen is bigger.",
        why: "A customer's login does not belong on the supporter's device, where it can be left behind.",
      },
      'recommend-a-shop': {
        text: "Recommend the online shop you trust most, so that her first order goes well.",
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
    right: {
      'general-support': {
        text: "Show her the search, delivery and returns pages; she chooses what to buy.",
        why: "Showing how a service works is general digital support; what she buys and where is her decision.",
      },
      'no-supporter-device-login': {
        text: "Use your laptop only for public pages; she logs in on her phone.",
        why: "As good practice (our reading), a customer's login does not belong on the supporter's device, where it can be left behind.",
      },
    },
  },
  SC35: {
    title: "A phone call and an app to install",
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
    right: {
      'fraud-stop': {
        text: "Do not install it; have her call her bank's known number now.",
        why: "Banks do not have customers install remote-access apps on a caller's word; if anything was shared, her bank's blocking service is needed at once.",
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
        text: "Tell the father which bank to get his codes from, to save them searching.",
        why: "Explain the kinds of e-ID and where each is issued without recommending a company.",
      },
    },
    right: {
      'e-authorizations': {
        text: "Explain that he can accept his son's mandate request at a DVV service point.",
        why: "A customer without an e-ID can still authorise a trusted person; the son then logs in with his own ID.",
      },
      'no-eid-alternatives': {
        text: "Explain the kinds of e-ID neutrally, and the Tax Administration's phone and paper service.",
        why: "Without an e-ID the father still has routes: getting one, explained without naming a company, or the Tax Administration's non-digital service.",
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
    right: {
      'safeguard-customer': {
        text: "Ask her what she wants, and give her time; his word does not decide.",
        why: "She is the applicant; the supporter acts only on her own decision, never on the word of the person pushing.",
      },
      'not-on-behalf': {
        text: "Do not fill in the application yourself; guide her so that she answers herself.",
        why: "Filling it in would be acting in her name; her answers are hers to give.",
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
    right: {
      'general-support': {
        text: "Tell her step by step where the text size setting is while she changes it.",
        why: "Help with her own device's settings is general digital support, and she keeps control of the change.",
      },
      'remote-support': {
        text: "Keep to the library's phone line and official tools; she needs to install nothing.",
        why: "Remote support uses only the organisation's official tools, with the customer in control of her device.",
      },
    },
  },
  SC41: {
    title: "A slow phone and a big update",
    situation:
      "At a community centre's digital help, a customer says his phone has become slow. He asks the supporter to install the new version of the phone's operating system and to clear out whatever is slowing it down, and hands over the phone with his screen-lock code and app store password on a note.",
    distractors: {
      'note-codes-for-later': {
        text: "Keep his note with the codes so you can carry on after the session.",
        why: "Codes kept by staff can end up in the wrong hands; they belong only to him.",
      },
      'keep-phone-overnight': {
        text: "Keep the phone at the centre overnight and work on it when it is quiet.",
        why: "Taking custody of his device and data goes beyond digital support and leaves him without his phone.",
      },
      'factory-reset': {
        text: "Reset the phone to factory settings, which is sure to make it faster.",
        why: "A reset can wipe his data, and it is repair work, not part of the digital support given here.",
      },
      'start-update-with-his-code': {
        text: "Unlock the phone with his code and start the system update while he waits.",
        why: "A new system version is an upgrade for a repair service, and his code is not for the supporter to use.",
      },
    },
    right: {
      'decline-repair': {
        text: "Say that a new system version is work for a repair service, and remind him to back up.",
        why: "A new OS version is a large update, and upgrades and repairs are not part of the digital support given here; a repair service or the seller does them.",
      },
      'keep-credentials-private': {
        text: "Give the note back; he keeps his codes and unlocks the phone himself.",
        why: "Codes are personal: the supporter never takes, keeps or uses them.",
      },
    },
  },
} as const satisfies Readonly<Record<string, ScenarioText>>;
