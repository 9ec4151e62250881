/**
 * English customer-facing texts of the default digital-support tree, and the "because" phrase of
 * each rule of tree contract version 2 (shared/domain/tree-contract.md, R1–R22).
 *
 * `outcomes`: for each course of action, what the supporter can show the customer on a tablet or
 * read out. It tells the customer what happens now and why, kindly. Plain-language rules followed:
 * two to five short sentences (at most about 15 words each, about 60 words in all); common words,
 * no jargon; addressed to the customer ("you"), the supporter speaks as "I", the organisation as
 * "we"; active verbs; no rule or principle ids, no VERIFIED/INFERRED labels and nothing
 * staff-internal (no "refer", "service owner", "principle" or "policy"). Every fact is the one the
 * supporter text (`en.ts`) gives; our own reading is never worded as a law, and things that depend
 * on the service are hedged ("if the service allows it", "often", "you can ask"). Official names as
 * the tree uses them: Suomi.fi e-Authorizations, DVV.
 *
 * `because`: completes "… because …" next to a course of action, as the supporter sees it. It
 * names, in the supporter's words, the answers that make the rule apply; it starts in lower case
 * and leaves out "because" (the UI adds it).
 */
import type { DigitalSupportOutcomeId } from '../digital-support.tree.js';

export const customerEn = {
  outcomes: {
    'fraud-stop':
      'This looks like a scam, so let’s stop here. Do not press the link or call the number in the message or warning. Open the service only by typing its address yourself. If someone got your codes, call your bank’s blocking service right away. If you lost money or someone got your codes, also report it to the police.',
    'decline-repair':
      'We do not repair phones, tablets or computers here. We also do not remove viruses, change the operating system or do large updates. A repair service or the shop where you bought the device can help you. Before that, save a copy of your photos and files. I can still help with small updates and with apps we agree on.',
    'capacity-concern':
      'Paying, signing and giving someone the right to handle your matters all bind you. It is important that you understand them well, so we will not do them now. I will not decide anything for you. Do you already have a guardian or someone else who looks after your affairs? I can find out where you can get more help.',
    'safeguard-customer':
      'You decide about your own matters. I would like to talk with you alone for a moment. You can take your time, and we can also meet another day. I will do only what you yourself want. If you want help from someone close, there is a safe way you choose.',
    'keep-credentials-private':
      'Your codes are personal, so only you may use them. Do not give them to anyone, not even to me or a relative. Type them yourself; I will not look but guide you in words. Banks and authorities never ask for your codes by phone or message. Someone close can handle your matters in a safe way, without your codes.',
    'own-channel':
      'This is our own service, so the e-service is not the only way. If the service allows it, we can handle your matter in person, by phone or on paper. We do it in our own system, never with your codes. Ask us whether someone you trust can act for you with a power of attorney.',
    'not-on-behalf':
      'I cannot fill in, send or pay anything for you in an e-service. But I can guide you while you do it yourself. Someone close can do it for you safely with Suomi.fi e-Authorizations. Often you can also use the service by phone, on paper or in person. I can read a letter aloud; ask the sender what it means.',
    'e-authorizations':
      'With Suomi.fi e-Authorizations, someone you trust can handle chosen matters for you online. They log in with their own ID, never with your codes. You accept their request online, or at a DVV service point. If you cannot go there, you can send an application instead. Not every e-service accepts this, and banks have their own powers of attorney.',
    'no-eid-alternatives':
      'Public information and blank forms need no login. You can log in with bank codes, a mobile certificate or an ID card. You get them from a bank, a phone company or the police. Often you can also use the service by phone, on paper or in person. Someone you trust can often act for you with Suomi.fi e-Authorizations.',
    'guide-own-service':
      'This is our own service, so I will help you with it. You do the steps and log in yourself, and I guide you. I can tell you what you can apply for, where and by when. If a question is unclear, I explain it, and you choose the answer. I will also show you where to get help later.',
    'refer-service-owner':
      'This is another authority’s or company’s service. I will show you its own website and where you can get advice there. Only they can give a sure answer about their own rules. Have ready your own login, the letter or decision, and your questions.',
    'refer-general-support':
      'Here we help with our own services. Libraries and digital support points help with your own devices and other services. I will tell you the nearest place and when you can go there. If your matter is with us, I will gladly help you with it.',
    'general-support':
      'I can help you use your device and find the right service. We open the service by typing its address, not from a message link. Ask the service itself what you can apply for and how to answer. I can help with simple online banking problems, but not with banking advice. I do not pay for you or recommend products.',
    'remote-support':
      'Before we talk about your matter, I will check who I am talking to. I use only our official phone, chat or screen sharing. If you share your screen, you start and stop it and stay in control. Pause the sharing while you type codes. You can read the screen text to me, but never read out your codes.',
    'no-supporter-device-login':
      'Please log in on your own phone or computer, or on our customer computer. Please do not log in on my work device. This way, nothing of yours stays on my device. If there is no device you can use, we will find another way or time.',
    'shared-device-care':
      'You can use this shared computer for your matter, and I will help you. When you are done, log out of every service. Before you leave, we clear the browser and delete your downloads, scans and print jobs. That way, the next customer cannot see your information.',
    'customer-privacy':
      'You decide what you show me. I may see some of your personal information, but I will keep it to myself. I can guide you in words, so I do not need to see your screen. I will look away when you type codes or open private information. If I help you remotely, you choose what you share.',
    'data-loss-risk':
      'Your device, its information and the apps we agree on are your responsibility. When we install an app or change settings, information can sometimes be lost. So first save a copy of your important photos and files. We agree exactly what we change, and we change only that. Use your own app store account.',
  },
  because: {
    R1: 'there are signs of a scam',
    R2: 'the customer offers their codes or asks you to log in, or someone else uses their codes',
    R3: 'the customer wants a repair, malware removal, an OS upgrade or large updates',
    R4: 'the customer wants someone close to handle their matters',
    R5: 'the customer asks you to do it for them',
    R6: 'this is your organisation’s customer service and the customer needs help only with a device or digital skills',
    R7: 'this is general digital support and the customer needs help only with a device or digital skills',
    R8: 'it is general use of your organisation’s own service',
    R9: 'it is a transaction in your organisation’s own service and the customer logs in themselves or needs no login',
    R10: 'it is a transaction in another organisation’s service',
    R11: 'this is general digital support and it is general use of another organisation’s service',
    R12: 'it is a transaction that needs strong e-identification and the customer has no e-ID',
    R13: 'it is a transaction that needs strong e-identification and the customer cannot use their e-ID',
    R14: 'the customer uses a shared customer device',
    R15: 'the customer would log in on your work device',
    R16: 'the help involves installing an app or changing settings',
    R17: 'the customer wants to keep their screen or personal data private',
    R18: 'someone with the customer is pushing them',
    R19: 'you are helping by phone, chat or screen sharing',
    R20: 'the matter is your organisation’s own and the customer wants you or someone close to handle it, or cannot log in with an e-ID',
    R21: 'this is your organisation’s customer service and the matter is another organisation’s service',
    R22: 'the customer may not be able to understand or decide for themselves',
  },
} as const satisfies {
  readonly outcomes: Record<DigitalSupportOutcomeId, string>;
  readonly because: Record<`R${number}`, string>;
};
