/** English text of the core-competence "Choose 2" items, keyed by item id, then option id. */
import type { CompetenceItemText } from '../../../scenarios/scenario.types.js';

export const en = {
  'competence-service-situation': {
    question: "Which two belong to digital support given in a service situation (an authority's own customer service)?",
    options: {
      'guide-own-e-service': {
        text: "Guiding the customer step by step in the authority's own e-service",
        why: "Support in a service situation centres on the authority's own transactions, and the customer does the steps.",
      },
      'help-shared-device': {
        text: "Helping the customer use the service point's shared customer device",
        why: "Help with a shared device offered at the service point is part of it; the customer logs out before leaving.",
      },
      'fill-other-authority-form': {
        text: "Filling in another authority's application for the customer",
        why: "Another authority's matter is not one of the own services, and filling in the form would be acting on the customer's behalf.",
      },
      'teach-online-banking': {
        text: "Teaching the customer to use online banking from scratch",
        why: "Online banking is the bank's service, not one of the authority's own transactions; the bank guides its use.",
      },
      'repair-laptop': {
        text: "Repairing the customer's laptop or removing malware from it",
        why: "Repairs and malware removal are not digital support at authorities and libraries, and the device and its data are the customer's own responsibility.",
      },
    },
  },
  'competence-general-support': {
    question: "Which two belong to general digital support (for example at a library)?",
    options: {
      'help-own-phone': {
        text: "Helping the customer use their own mobile phone",
        why: "Using the customer's own mobile device is a typical example of general digital support.",
      },
      'find-public-instructions': {
        text: "Helping the customer find a service's public instructions",
        why: "General digital support draws on public instructions and services that are open to everyone.",
      },
      'advise-benefit-answers': {
        text: "Advising the customer what to answer in a benefit application",
        why: "An application is a transaction, which general support does not cover; the service's provider can advise on its content.",
      },
      'log-in-for-customer': {
        text: "Logging in to an e-service for the customer with the customer's codes",
        why: "Codes are personal: the customer always logs in themselves, whoever is helping.",
      },
      'pay-bills': {
        text: "Paying the customer's bills in their online bank",
        why: "Paying in the customer's name is acting on their behalf, with a risk of financial loss; a supporter does not do it.",
      },
    },
  },
  'competence-authority-duty': {
    question: "Which two must an authority do when its customers need support with its services?",
    options: {
      'advise-own-services': {
        text: "Advise customers on using its own services, under the duty to advise",
        why: "Under the Administrative Procedure Act an authority advises free of charge on matters within its competence.",
      },
      'show-help-contacts': {
        text: "Show in its e-service where help with using it is available",
        why: "The Act on the Provision of Digital Services requires an authority's e-service to show where advice on using it is given.",
      },
      'handle-all-authorities': {
        text: "Handle every other authority's matters at its own customer service",
        why: "The duty covers its own competence; other matters are directed to the competent authority.",
      },
      'log-in-for-customers': {
        text: "Log customers in to its e-service when identification feels difficult",
        why: "Nobody may use another person's means of identification; the customer logs in, with guidance if needed.",
      },
      'recommend-a-bank': {
        text: "Recommend a particular bank to customers who need bank codes",
        why: "That is no part of the duty; better to explain the kinds of strong e-ID without naming companies.",
      },
    },
  },
  'competence-limits': {
    question: "Which two should a digital supporter at an authority or a library decline?",
    options: {
      'act-with-customer-codes': {
        text: "Doing the customer's matter for them, logged in with the customer's codes",
        why: "Nobody may use another person's codes, the supporter included; a trusted person can act via Suomi.fi e-Authorizations with their own ID.",
      },
      'repairs-and-upgrades': {
        text: "Repairing devices, removing malware or upgrading the operating system",
        why: "At authorities and libraries this is not digital support: it can wipe the customer's data, and a repair service or the seller does it.",
      },
      'guide-own-login': {
        text: "Guiding the customer while they log in with their own codes",
        why: "This is how it should go: the customer logs in themselves and the supporter only guides.",
      },
      'explain-e-authorizations': {
        text: "Explaining Suomi.fi e-Authorizations when a relative wants to act for the customer",
        why: "Explaining the lawful route for acting on someone's behalf is useful support.",
      },
      'remind-to-back-up': {
        text: "Reminding the customer to back up their data before changes to the device",
        why: "The customer is responsible for the data on their device, so a reminder to back up is sensible support.",
      },
    },
  },
} as const satisfies Readonly<Record<string, CompetenceItemText>>;
