/** English text for the service-situation scenarios, keyed by scenario id. */
import type { ScenarioText } from '../../../../scenarios/scenario.types.js';

export const en = {
  SC01: {
    title: 'Booking an appointment in the county’s own e-service',
    situation:
      'At a wellbeing services county service point, a customer wants to book an appointment through the county’s own e-service. She has her own phone with her and can log in with her bank codes.',
    distractors: {
      'log-in-with-read-out-codes': {
        text: 'Take her phone and log in for her with the codes she reads out to you.',
        why: 'Codes are personal: she logs in herself, and you never type or listen to them.',
      },
      'send-to-library': {
        text: 'Send her to the library’s digital support, since booking is not your job.',
        why: 'The county must support the use of its own e-service, so this help belongs right here.',
      },
      'note-username-on-slip': {
        text: 'Write her username on the appointment slip so the next login goes faster.',
        why: 'Login details on paper can be misused; they are hers and should stay with her.',
      },
      'fill-in-then-let-her-confirm': {
        text: 'Fill in the booking form for her and only ask her to confirm it at the end.',
        why: 'Doing the matter for her is not guidance; she learns by taking the steps herself with your help.',
      },
    },
    right: {
      'guide-own-service': {
        text: 'Guide her through the booking step by step while she logs in and taps herself.',
        why: 'It is the county’s own e-service, so supporting its use belongs to this desk; she does the steps and logs in herself.',
      },
    },
  },
  SC03: {
    title: 'Tax return at a municipal service point',
    situation:
      'At a municipal customer service point, a customer sits at the point’s customer computer and asks for help with her tax return in the Tax Administration’s MyTax. She can log in with her own bank codes, and the point has no joint-service agreement that covers tax matters.',
    distractors: {
      'advise-on-deductions': {
        text: 'Go through her deductions with her and tell her which ones to claim.',
        why: 'Advice on taxation comes from the Tax Administration; the municipality would be answering outside its own competence.',
      },
      'log-in-to-check': {
        text: 'Log in with her codes to see what the pre-completed return says.',
        why: 'Only she may use her codes, nobody else, not even just to look.',
      },
      'send-away-empty-handed': {
        text: 'Tell her tax matters are not the municipality’s business and end the conversation there.',
        why: 'She can still be helped to reach the official service and told where the Tax Administration gives advice.',
      },
      'keep-printout-at-desk': {
        text: 'Print her return and keep a copy at the desk in case she comes back.',
        why: 'Her tax data is not the service point’s to keep, and copies lying around are a risk.',
      },
    },
    right: {
      'refer-service-owner': {
        text: 'Tell her MyTax is the Tax Administration’s and show where it advises.',
        why: 'Tax questions belong to the Tax Administration; the municipality points her to its advice instead of answering for it.',
      },
      'shared-device-care': {
        text: 'Have her log out of MyTax and clear the browser before she leaves.',
        why: 'Nothing of hers may stay on the customer computer for the next user: no open session, no tax data in the browser.',
      },
    },
  },
  SC04: {
    title: 'No e-ID, but wants to see his health records',
    situation:
      'At a wellbeing services county service point, an elderly man wants to see his health records and prescriptions in MyKanta on his tablet. He has no bank codes, no mobile certificate and no certificate on his ID card.',
    distractors: {
      'log-in-with-own-codes': {
        text: 'Log in with your own bank codes and try to open his records.',
        why: 'Your codes identify you, not him: using them for someone else’s matters is not allowed, and his data would not even show.',
      },
      'nothing-can-be-done': {
        text: 'Tell him that nothing can be done without an e-ID.',
        why: 'There are lawful routes: getting a means of identification, a non-digital channel, and Suomi.fi e-Authorizations for someone he trusts.',
      },
      'recommend-a-bank': {
        text: 'Tell him which bank gives codes most easily and send him there.',
        why: 'Explain the kinds of e-ID and who issues them without steering him to a particular company.',
      },
      'companion-logs-in-to-show': {
        text: 'Let the neighbour who came with him log in with the neighbour’s own codes and show him the records.',
        why: 'The neighbour’s codes show the neighbour’s own data; acting for someone else needs a Suomi.fi e-Authorization, where the service allows it.',
      },
    },
    right: {
      'no-eid-alternatives': {
        text: 'Explain the kinds of e-ID neutrally, and the option of a mandate.',
        why: 'Without an e-ID he still has routes: getting one from the issuer he chooses, or a Suomi.fi e-Authorization for health matters to someone he trusts.',
      },
      'refer-service-owner': {
        text: 'Tell him MyKanta is Kela’s and show him its help on kanta.fi.',
        why: 'MyKanta is not the county’s own service: questions about using it go to its own advice, found on kanta.fi.',
      },
    },
  },
  SC05: {
    title: 'A father, his daughter and an application',
    situation:
      'A father and his adult daughter come to the service point of the wellbeing services county’s social services. He wants her to fill in his application in the county’s e-service, so he hands her his phone with the bank’s code app open and tells her his PIN.',
    distractors: {
      'allow-with-consent': {
        text: 'Let the daughter log in with his codes, since he has agreed to it.',
        why: 'Consent does not change it: nobody may use another person’s means of identification.',
      },
      'type-fathers-codes': {
        text: 'Take the phone and type the father’s PIN yourself to get them started.',
        why: 'You never enter a customer’s codes; he logs in himself while you look away.',
      },
      'paper-proxy-then-codes': {
        text: 'Ask them to bring a signed paper power of attorney, after which the daughter may use his codes.',
        why: 'A paper document does not make sharing codes acceptable; in the e-service the daughter acts with a Suomi.fi e-Authorization and her own codes.',
      },
      'fill-in-from-dictation': {
        text: 'Fill in the application yourself while the daughter dictates the answers.',
        why: 'Doing the matter for them is not digital support; guide the father to do it himself, or the daughter to act with a mandate.',
      },
    },
    right: {
      'keep-credentials-private': {
        text: 'Hand the phone back to the father: only he may use his codes, consent or not.',
        why: 'Codes are personal: even his consent does not let his daughter, or you, log in as him.',
      },
      'e-authorizations': {
        text: 'Explain that he can authorise his daughter with Suomi.fi e-Authorizations.',
        why: 'In an e-service the daughter acts for him only with a mandate and her own codes; each service decides whether it accepts mandates.',
      },
    },
  },
  SC06: {
    title: 'An attachment and a bus to catch',
    situation:
      'At a Kela service point, a customer is filling in an application in OmaKela, Kela’s e-service, on the customer computer in the lobby. He asks the clerk how to attach his rental agreement, which he has downloaded from his e-mail as a PDF, and says he must then hurry to catch his bus.',
    distractors: {
      'next-customer-closes-it': {
        text: 'Let him run for his bus; the next customer will close the window anyway.',
        why: 'An open session and a downloaded file show his personal data to whoever sits down next.',
      },
      'browse-open-session': {
        text: 'Click through the open session to check whether his application went through.',
        why: 'He has not chosen to show you that data, and you should not look around in his account.',
      },
      'save-decision-to-desktop': {
        text: 'Save the summary of his application on the desktop so he can fetch it later.',
        why: 'Files left on a computer that others use can be opened by the next user.',
      },
      'log-out-at-closing-time': {
        text: 'Leave it for now and log out all open sessions at closing time.',
        why: 'The session is closed and the browser data cleared before he leaves, not hours later.',
      },
    },
    right: {
      'shared-device-care': {
        text: 'Before he runs, have him log out of everything and delete the downloaded agreement.',
        why: 'Nothing of his may stay on a shared computer: an open session or a downloaded file is there for the next customer to see.',
      },
      'guide-own-service': {
        text: 'Show him step by step how to attach the agreement while he does the clicking.',
        why: 'OmaKela is Kela’s own service, so guiding him in it belongs to this desk; he does the steps himself.',
      },
    },
  },
  SC09: {
    title: 'A login problem on the parking permit line',
    situation:
      'On the city’s own support line for its resident parking permit e-service, a caller is stuck at the login. He offers to read out his password and the one-time code from his text message so that the adviser can log in for him remotely.',
    distractors: {
      'accept-codes-to-save-time': {
        text: 'Accept the codes to save time and log in for him.',
        why: 'The codes are his alone; he logs in himself while you guide him step by step.',
      },
      'remote-tool-from-web': {
        text: 'Ask him to download a remote-control program from the web so you can take over his computer.',
        why: 'Support is given only through the organisation’s official channels, not with tools found on the web.',
      },
      'call-back-from-private-phone': {
        text: 'Call him back later from your private mobile phone and finish the matter then.',
        why: 'Help is given through the organisation’s own channels, not from private phones.',
      },
      'note-password-in-call-log': {
        text: 'Write his password in the call notes in case he forgets it again.',
        why: 'A supporter never stores a customer’s passwords anywhere.',
      },
    },
    right: {
      'keep-credentials-private': {
        text: 'Stop him before he reads out his codes; he types them himself.',
        why: 'Codes are never read out, not even to the city’s own adviser; he logs in himself with your guidance.',
      },
      'remote-support': {
        text: 'Guide him from what he reads off the screen, never from codes.',
        why: 'On the phone you cannot see his screen: good practice is to work from what he reads to you, on the city’s official line, and to stop him if he starts on a code.',
      },
    },
  },
  SC11: {
    title: 'A text message about a tax refund',
    situation:
      'At a Tax Administration service point, a customer shows a text message saying she has a tax refund waiting and must log in through the link to receive it. She asks for help logging in with her bank codes.',
    distractors: {
      'open-link-to-check': {
        text: 'Open the link on your work computer to see whether the page looks genuine.',
        why: 'Links in such messages lead to look-alike sites; the service is reached only through its known address.',
      },
      'log-in-through-link': {
        text: 'Help her log in through the link, since she is the one typing the codes.',
        why: 'Codes typed on a fake site end up with criminals, whoever types them.',
      },
      'trust-the-logo': {
        text: 'Assure her the message is genuine because it carries the agency’s logo.',
        why: 'A logo is easy to copy; the Tax Administration says its messages never contain a direct link to MyTax, so the link itself gives the scam away.',
      },
    },
    right: {
      'fraud-stop': {
        text: 'Leave the link alone, and have her open MyTax herself by its known address.',
        why: 'The Tax Administration says its messages never contain a direct link to MyTax; a real refund shows in MyTax itself.',
      },
    },
  },
  SC12: {
    title: 'A phone call during a home-care visit',
    situation:
      'During a home-care visit by the wellbeing services county, an elderly woman’s phone rings and the caller says he is from her bank’s security team. He urges her to confirm her codes on a page he has just sent her by text message, and she asks the home-care worker to help type them in.',
    distractors: {
      'read-codes-to-caller': {
        text: 'Read the codes out to the caller for her, since she is upset.',
        why: 'Banks and authorities never ask for codes by phone or message; giving them out hands the caller access to her money.',
      },
      'type-codes-on-callers-site': {
        text: 'Type the codes into the page to see whether it is genuine.',
        why: 'Entering the codes is exactly what the fraud is after; the link is not used at all.',
      },
      'step-out-private-call': {
        text: 'Step out of the room, as the call is her private business.',
        why: 'Pressure to hand over codes is a sign of fraud; stay and help her break it off.',
      },
      'call-number-caller-gave': {
        text: 'Call back the number the caller gave, to check that he really is from the bank.',
        why: 'That number leads back to the fraudster; the bank is reached only by a number she knows from elsewhere, such as the bank’s own website.',
      },
    },
    right: {
      'fraud-stop': {
        text: 'Help her end the call and leave the texted page unopened.',
        why: 'A caller pushing for codes through a link follows the pattern of bank fraud: stop, and reach the bank only by a known number.',
      },
      'keep-credentials-private': {
        text: 'Tell her no bank or authority asks for codes by phone or message.',
        why: 'Codes are personal, and a bank never asks for them by phone or message, so whoever does is not the bank.',
      },
    },
  },
  SC13: {
    title: 'A long form on a small screen',
    situation:
      'At a municipal customer service point, a mother wants to apply for an early childhood education place in the municipality’s e-service. She finds her phone screen too small for the long form and asks to log in with her bank codes on the clerk’s work computer, although the point also has a customer computer.',
    distractors: {
      'work-computer-then-log-out': {
        text: 'Let her log in on your work computer and simply log out afterwards.',
        why: 'A work computer is not for customers’ logins; her data and session could be left behind in your system.',
      },
      'enter-in-case-system-for-her': {
        text: 'Log in to the e-service with your own codes and fill in her application in her name.',
        why: 'Nobody acts in the e-service in her name. If she cannot do it herself, your organisation can take the application in its own channel (at the desk, by phone, on paper), or she can authorise someone.',
      },
      'send-to-library': {
        text: 'Send her to the library’s digital support, where they help with computers.',
        why: 'This is the municipality’s own e-service, so guiding her in it is this service point’s task.',
      },
      'come-back-another-day': {
        text: 'Ask her to come back another day with a bigger device.',
        why: 'The point has a customer computer for exactly this, and support for its own service should be given now.',
      },
    },
    right: {
      'guide-own-service': {
        text: 'Guide her step by step through the application while she fills it in herself.',
        why: 'It is the municipality’s own e-service: guiding her in it belongs to this desk, here and now.',
      },
      'no-supporter-device-login': {
        text: 'Offer her the customer computer for the long form instead of your work computer.',
        why: 'Good practice (our reading): customers log in on their own or a shared device, so nothing of theirs is left on a work computer.',
      },
    },
  },
  SC14: {
    title: 'Setting up a new phone after a Kela visit',
    situation:
      'At a Kela service point, once his benefit matter is dealt with, a customer asks the clerk to move his contacts and photos to his new phone and set up his e-mail on it. No Kela service is involved, only the phone.',
    distractors: {
      'take-phones-to-back-office': {
        text: 'Take both phones to the back office and do the transfer while he waits.',
        why: 'He is responsible for his devices and data and takes the steps himself; the phone does not leave his sight.',
      },
      'reset-old-phone': {
        text: 'Reset the old phone to factory settings once the transfer seems done.',
        why: 'A reset can wipe data that has not been backed up; the customer decides on such steps himself.',
      },
      'set-up-email-quickly': {
        text: 'Set up just his e-mail on the new phone yourself, since it only takes a minute.',
        why: 'His own phone is not Kela’s service, and you would be typing his e-mail password; general digital support helps him do it himself.',
      },
      'recommend-a-shop': {
        text: 'Recommend the phone shop you use yourself for the transfer.',
        why: 'Steering a customer to a particular company is not neutral.',
      },
    },
    right: {
      'refer-general-support': {
        text: 'Tell him where and when the nearest library helps with moving to a new phone.',
        why: 'Help with his own phone is not Kela’s service; general digital support gives it, and he should leave knowing where and when.',
      },
      'data-loss-risk': {
        text: 'Remind him to back up his contacts and photos before anything is moved.',
        why: 'He is responsible for his phone and its data, and a transfer can lose whatever is not backed up.',
      },
    },
  },
  SC15: {
    title: 'Word-processing lesson at employment services',
    situation:
      'At the municipal employment services, a jobseeker is using the customer computer and asks staff to teach her how to write and save a document in a word processor. The question is only about basic computer skills, not about any employment services e-service.',
    distractors: {
      'save-cv-on-desktop': {
        text: 'Save her document on the customer computer’s desktop so she can continue next time.',
        why: 'Files left on a computer that others use can be read by the next user.',
      },
      'log-in-to-her-email': {
        text: 'Log in to her e-mail with her password and send the file to her.',
        why: 'Her passwords are hers alone, and you do not run her accounts for her.',
      },
      'finish-it-for-her-later': {
        text: 'Copy her document to your own USB stick and finish the formatting for her later.',
        why: 'Her document should not leave with you, and doing the work for her teaches her nothing.',
      },
      'teach-basics-while-quiet': {
        text: 'Teach her the word-processing basics yourself, since nobody is queueing right now.',
        why: 'General computer skills are not the employment services’ task; general digital support teaches them properly, and she can go back there.',
      },
    },
    right: {
      'refer-general-support': {
        text: 'Tell her where and when a library or digital support point teaches word processing.',
        why: 'Basic computer skills are not this service’s task; general digital support teaches them, and she needs the place and times.',
      },
      'shared-device-care': {
        text: 'Have her log out and take her files off the customer computer before she goes.',
        why: 'The next user of the customer computer must not find her documents or an open account.',
      },
    },
  },
  SC16: {
    title: 'Asked to pay a bill in the online bank',
    situation:
      'At a municipal customer service point, a customer asks the clerk to pay an invoice in her online bank for her. She holds out her phone with the bank’s code app open and tells the clerk her PIN.',
    distractors: {
      'pay-while-she-watches': {
        text: 'Pay the invoice with her phone, since she is watching and agrees.',
        why: 'Paying for a customer is acting on her behalf, and her PIN is hers alone.',
      },
      'teach-online-banking-from-scratch': {
        text: 'Start teaching her online banking from the very beginning.',
        why: 'Getting started with online banking is for her own bank, which knows its service.',
      },
      'keep-invoice-and-phone': {
        text: 'Keep the invoice and her phone at the desk and pay it when things are quieter.',
        why: 'Her phone, codes and payments stay in her own hands.',
      },
    },
    right: {
      'keep-credentials-private': {
        text: 'Give her phone back and say her PIN is for her alone, not for staff.',
        why: 'Her PIN is personal: nobody else types it or even hears it, however willing she is.',
      },
      'not-on-behalf': {
        text: 'Say you cannot pay in her name; her bank can help with payments.',
        why: 'Paying for a customer is doing her matter in her name; the bank has its own channels and powers of attorney for payments.',
      },
    },
  },
  SC17: {
    title: 'Installing a pharmacy app',
    situation:
      'At the reception of a wellbeing services county health station, a customer asks how to install the app of the pharmacy she uses on her own phone so that she can order products online. She has already chosen the pharmacy herself.',
    distractors: {
      'recommend-own-favourite-app': {
        text: 'Suggest she use the same pharmacy app as you instead.',
        why: 'Steering her to a particular company is not neutral; the choice is hers.',
      },
      'use-own-app-store-account': {
        text: 'Install the app with your own app store account to save time.',
        why: 'Installs are made with her own account on her own device, so they stay under her control.',
      },
      'install-it-while-quiet': {
        text: 'Install the app on her phone yourself while the waiting room is quiet.',
        why: 'Help with her own phone and a pharmacy’s app is not the health station’s service; done for her, it also leaves her unable to do it next time.',
      },
      'log-in-to-app-for-her': {
        text: 'Log in to the app for her with her bank codes.',
        why: 'She logs in herself; her codes are never yours to use.',
      },
    },
    right: {
      'refer-general-support': {
        text: 'Tell her where and when a library helps with installing apps.',
        why: 'Help with her own phone is not the health station’s service; general digital support gives it.',
      },
      'refer-service-owner': {
        text: 'Point her to the pharmacy’s own help and customer service for its app.',
        why: 'The app is the pharmacy’s service: the pharmacy, not the health station, knows it and answers for it.',
      },
    },
  },
  SC18: {
    title: 'A son wants to handle his mother’s Kela matters',
    situation:
      'At a Kela service point, an elderly woman explains that her eyesight has weakened so much that she can no longer use her bank codes. Her adult son, who is with her, would like to take care of her Kela matters online from now on.',
    distractors: {
      'son-uses-mothers-codes': {
        text: 'Let the son use his mother’s bank codes, since she agrees.',
        why: 'Nobody may log in with another person’s means of identification, not even with permission.',
      },
      'clerk-acts-as-proxy': {
        text: 'Promise to fill in her online applications yourself in her name from now on.',
        why: 'The clerk does not do matters in the customer’s name; the route is a mandate to someone she trusts, or a non-digital channel.',
      },
      'signed-note-is-enough': {
        text: 'Tell them a note signed by the mother is enough for the son to use her online account.',
        why: 'Acting for someone in e-services rests on electronic mandates, and the son logs in with his own codes.',
      },
      'she-must-manage-alone': {
        text: 'Tell her she must keep using the e-service herself because there is no other way.',
        why: 'There are alternatives: authorising her son, authorisation by application, and a non-digital channel.',
      },
    },
    right: {
      'own-channel': {
        text: 'Offer her Kela’s desk, phone service and paper forms for now.',
        why: 'Kela’s own channels stay open to her; Kela handling her matter there is its own service, not acting on her behalf.',
      },
      'e-authorizations': {
        text: 'Explain how she can authorise her son with Suomi.fi e-Authorizations.',
        why: 'The son then acts with his own codes; as she cannot use hers, she can accept his mandate request at a DVV service point.',
      },
      'no-eid-alternatives': {
        text: 'Tell her neutrally about other kinds of e-ID and their issuers.',
        why: 'Bank codes are not the only strong e-ID; the kinds and their issuers are explained without steering her to a company.',
      },
    },
  },
  SC19: {
    title: 'Learning MyTax on the customer computer',
    situation:
      'At a Tax Administration service point, a customer wants to learn on the customer computer how logging in to MyTax works and where the tax card pages are. She would rather the staff member did not see her personal details on the screen.',
    distractors: {
      'insist-on-seeing-screen': {
        text: 'Tell her you can only help if you can see her screen the whole time.',
        why: 'She decides what she shows; spoken guidance works without looking at her data.',
      },
      'take-over-the-mouse': {
        text: 'Take over the mouse and click through her pages yourself.',
        why: 'She learns by taking the steps herself, and taking over puts her data in front of you.',
      },
      'print-her-tax-details': {
        text: 'Print her tax details on the desk printer so you can go through them together.',
        why: 'Printouts go further than she wanted to show, and they can be left lying at the desk.',
      },
    },
    right: {
      'customer-privacy': {
        text: 'Say you keep what you see confidential, and guide her in words.',
        why: 'She decides what you see, and spoken guidance works without looking at her details.',
      },
      'guide-own-service': {
        text: 'Talk her through the MyTax login and tax card pages as she clicks.',
        why: 'MyTax is the Tax Administration’s own service, so teaching its use belongs to this service point.',
      },
    },
  },
  SC20: {
    title: 'Change of address without a Finnish e-ID',
    situation:
      'At a service point of the Digital and Population Data Services Agency, a customer who has recently moved to Finland wants to report a change of address. He has no Finnish bank codes or other e-ID and asks the clerk to submit the online notification for him on the clerk’s computer.',
    distractors: {
      'submit-with-own-codes': {
        text: 'Log in with your own bank codes and submit the notification in his name.',
        why: 'Your means of identification is yours alone, and the notification must not be made under your identity.',
      },
      'impossible-without-codes': {
        text: 'Tell him a move cannot be reported without Finnish bank codes.',
        why: 'A move can also be reported on DVV’s paper form, which needs no e-ID, and he can be told what kinds of e-ID exist.',
      },
      'recommend-quickest-bank': {
        text: 'Tell him which bank opens accounts for newcomers the fastest.',
        why: 'Explain the kinds of e-ID and who issues them without recommending a company.',
      },
      'friends-codes-on-work-computer': {
        text: 'Let his friend log in with the friend’s own codes on your work computer and send the notification.',
        why: 'Another person’s codes may not be used for his matter, and your work computer is not for customers’ logins.',
      },
    },
    right: {
      'own-channel': {
        text: 'Give him DVV’s paper change-of-address form and take it in here.',
        why: 'DVV’s own paper form, returned at its service point, needs no e-ID; DVV handling it is its own service, not acting on his behalf.',
      },
      'not-on-behalf': {
        text: 'Say you cannot send the online notification in his name, even here.',
        why: 'In the e-service nobody acts in his name, and his notification must not go under your identity.',
      },
      'no-eid-alternatives': {
        text: 'Tell him neutrally what kinds of Finnish e-ID exist, for later.',
        why: 'Many later matters will need an e-ID; knowing the kinds and their issuers lets him choose for himself.',
      },
    },
  },
  SC21: {
    title: 'Enrolling on an adult education course',
    situation:
      'At a municipal service point, a customer asks the clerk to enrol her on a course at the municipality’s adult education centre. The online enrolment needs only her name and contact details, no strong identification, and she has her own phone with her.',
    distractors: {
      'enrol-her-on-work-computer': {
        text: 'Log in to the course e-service as her, with the code she reads out, and enrol her.',
        why: 'Nobody acts in the e-service in her name or with her codes. She can enrol on her own phone with your help, or your organisation can enrol her in its own channel at the desk.',
      },
      'pick-course-for-her': {
        text: 'Pick a course for her from the list, since she seems unsure.',
        why: 'The choice is hers; give her the information and let her decide.',
      },
      'send-to-library': {
        text: 'Send her to the library, where staff help with e-services.',
        why: 'The adult education centre is the municipality’s own service, so guiding her is this service point’s task.',
      },
      'keep-details-to-enrol-later': {
        text: 'Write down her details and enrol her later when you have time.',
        why: 'Keeping her details to act for her later means both storing her data and doing the matter in her place.',
      },
    },
    right: {
      'own-channel': {
        text: 'Offer to enrol her at the desk, if the centre takes enrolments so.',
        why: 'Where the centre allows it, the municipality enrolling her in its own channel is its own service, not acting on her behalf.',
      },
      'not-on-behalf': {
        text: 'Say you will not fill in the online enrolment in her name, even if she asks.',
        why: 'In the e-service she acts for herself: you guide her, or the municipality takes the enrolment in its own channel.',
      },
      'guide-own-service': {
        text: 'Guide her through the enrolment on her phone as she types.',
        why: 'The adult education centre is the municipality’s own service and the form is short: she can do it herself with your help.',
      },
    },
  },
  SC22: {
    title: 'Kela application at a joint service point',
    situation:
      'A municipal service point handles Kela matters under a joint-service agreement. A customer wants to apply for general housing allowance in OmaKela, Kela’s e-service, on her own phone and logs in with her mobile certificate, but asks the clerk not to look at her income details.',
    distractors: {
      'not-our-service': {
        text: 'Tell her OmaKela is not the municipality’s and send her to a Kela office.',
        why: 'Under the joint-service agreement, this point supports Kela’s service as its own.',
      },
      'hand-me-the-phone': {
        text: 'Ask her to hand over the phone so you can check what she has entered.',
        why: 'She decides what she shows; guide her in words and look away when she asks.',
      },
      'photograph-application': {
        text: 'Take a photo of her completed application for the service point’s records.',
        why: 'Copies of her data are not the point’s to keep, and she has not chosen to show them.',
      },
    },
    right: {
      'guide-own-service': {
        text: 'Guide her step by step through the housing allowance application in OmaKela.',
        why: 'Under the joint-service agreement the point assists with Kela’s service as its own; Kela still decides on the allowance.',
      },
      'customer-privacy': {
        text: 'Look away whenever her income details are on screen, and guide her in words.',
        why: 'She decides what you see; you can guide her without seeing her income.',
      },
    },
  },
  SC37: {
    title: 'A neighbour wants a mandate for Kela matters',
    situation:
      'At a wellbeing services county’s service point, an elderly man comes with his neighbour, who wants him to authorise her in Suomi.fi e-Authorizations to handle his Kela matters. He has his phone and his bank codes, but he keeps asking what a mandate is and whether he is buying something.',
    distractors: {
      'approve-mandate-now': {
        text: 'Help him approve the mandate now, since the neighbour has explained it to him.',
        why: 'A mandate needs a person who understands what they give; while that is in doubt, do not help him grant one.',
      },
      'neighbour-logs-in-for-him': {
        text: 'Let the neighbour log in with his bank codes, since he trusts her.',
        why: 'Codes are personal: nobody else may use them, not even with his consent.',
      },
      'decide-what-is-best': {
        text: 'Decide for him that the neighbour’s help is best and go ahead.',
        why: 'The supporter does not decide for the customer; ask about a guardian or a continuing power of attorney, and follow your organisation’s procedure.',
      },
    },
    right: {
      'capacity-concern': {
        text: 'Hold off the mandate, and follow your organisation’s procedure.',
        why: 'A mandate needs a person who understands what he gives; his questions put that in doubt.',
      },
      'refer-service-owner': {
        text: 'Tell them his Kela matters are Kela’s, and where Kela advises.',
        why: 'Kela’s benefits are not the county’s service: Kela’s own advice answers for them.',
      },
    },
  },
  SC39: {
    title: 'A transport service application and a lost thread',
    situation:
      'At the wellbeing services county’s service point, an elderly woman wants to apply for the county’s transport service in its e-service on her own phone. She logs in with her bank codes, but she keeps forgetting what she came for and asks twice whether she has already paid for something.',
    distractors: {
      'submit-it-for-her': {
        text: 'Fill in the application and send it for her, since she is confused.',
        why: 'The supporter does not do the matter in her name; and while she may not understand what she applies for, she should not be pushed through it.',
      },
      'ask-for-her-pin': {
        text: 'Ask for her PIN code so that you can log in again if she gets lost.',
        why: 'Codes are personal: the supporter never takes, types or notes them.',
      },
      'send-her-home': {
        text: 'Tell her to come back with a relative and leave it at that.',
        why: 'This is the organisation’s own service: it may not send her away with nothing. Consult your procedure and ask about a guardian or a continuing power of attorney.',
      },
    },
    right: {
      'capacity-concern': {
        text: 'Pause before she sends anything, and follow your procedure.',
        why: 'An application commits her; while it is unclear that she understands it, she is not helped to make it.',
      },
      'guide-own-service': {
        text: 'Explain simply what the transport service is, as she holds the phone.',
        why: 'It is the county’s own service, so advising on it is this desk’s duty; she keeps the phone and the decisions.',
      },
    },
  },
} as const satisfies Readonly<Record<string, ScenarioText>>;
