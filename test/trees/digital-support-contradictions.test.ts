/**
 * One plan, not a pile (issue 16 item 4): on no walk of the default tree does a line the supporter
 * or the customer reads contradict the walk's own answers. Each rule below names walks (by their
 * answers) and phrases that must not appear on them, in fi, sv and en; the test walks every path
 * and reads what the result shows: each recommended course's action line ("Do now") and customer
 * text, after variants (`outcomeReading`), and the never items shown (`applicableNever`). A rule's
 * `catches` are lines it must flag, one per locale (earlier content where there was one), so a
 * phrase that no longer matches anything cannot pass unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { applicableNever, enumeratePaths, indexTree, outcomeReading, selected, type Answers } from '../../machines/index.js';
import { tree } from '../../machines/trees/digital-support/index.js';

const LOCALES = ['fi', 'sv', 'en'] as const;
type Locale = (typeof LOCALES)[number];

interface Rule {
  readonly name: string;
  /** The walks the rule is about, by their answers (a question the walk did not ask has no answer). */
  readonly when: (answers: Answers) => boolean;
  /** What must not be said on those walks. */
  readonly phrases: Readonly<Record<Locale, readonly RegExp[]>>;
  /** 'action': what the supporter reads (the Do-now lines and the never items shown); 'customer': the customer texts. */
  readonly where: 'action' | 'customer' | 'both';
  /** A line each locale's phrases must flag. */
  readonly catches: Readonly<Record<Locale, string>>;
}

const has = (answers: Answers, question: string, option: string) => selected(answers[question]).includes(option);

const RULES: readonly Rule[] = [
  {
    name: 'capacity: no mandate is offered (the contract gives no e-Authorizations when understanding is in doubt)',
    when: (a) => has(a, 'circumstances', 'capacity'),
    phrases: { en: [/e-Authori[sz]ations/], fi: [/Suomi\.fi-valtuu/], sv: [/Suomi\.fi-fullmakt/] },
    where: 'both',
    catches: {
      en: 'Offer guided self-service, e-Authorizations or the service’s own paper, phone or desk channel.',
      fi: 'Tarjoa opastusta, Suomi.fi-valtuuksia tai palvelun omaa paperi-, puhelin- tai käyntiasiointia.',
      sv: 'Erbjud vägledning, Suomi.fi-fullmakter eller tjänstens egen pappers-, telefon- eller besöksservice.',
    },
  },
  {
    name: 'capacity at the organisation’s own service: an application is not held back (only mandates, contracts and payments are)',
    when: (a) => has(a, 'circumstances', 'capacity') && has(a, 'owner', 'own'),
    phrases: {
      en: [/\bdo not help\b[^.;]*\bappl/i, /\(apply, sign/i, /\bwill not do (?:it|them) now\b/i, /\bwait\b[^.;]*\bappl/i],
      fi: [/(?<!\p{L})älä auta\b[^.;]*\bhake/iu, /\(hakea|\(hakemaan/i, /\bemme tee (?:sitä|niitä) nyt\b/i, /\bodot\w*\b[^.;]*\bhake/i],
      sv: [/\bhjälp inte\b[^.;]*\bansök/i, /\(ansöka/i, /\bväntar med (?:den|dem)\b/i, /\bvänta\w*\b[^.;]*\bansök/i],
    },
    where: 'both',
    catches: {
      en: 'Do not help the customer grant a mandate, accept a mandate request or make a commitment (apply, sign, pay) while it is in doubt that they understand it.',
      fi: 'Älä auta asiakasta antamaan valtuutta, hyväksymään valtuuspyyntöä tai sitoutumaan mihinkään (hakemaan, allekirjoittamaan, maksamaan), kun on epävarmaa, ymmärtääkö hän sen.',
      sv: 'Hjälp inte kunden att ge fullmakt, godkänna en begäran om fullmakt eller binda sig (ansöka, skriva under, betala) medan det är oklart om kunden förstår det.',
    },
  },
  {
    name: 'a bank’s or insurer’s matter: no line leads with Suomi.fi e-Authorizations (banks and insurers have their own powers of attorney)',
    when: (a) => has(a, 'owner', 'bank-insurer'),
    phrases: {
      en: [/^(?:[^.;:]|\.fi\b)*\be-Authori[sz]ations\b/, /\bonly through Suomi\.fi\b/i],
      fi: [/^[^.;:]*Suomi\.fi-valtuu/, /\b(?:vain|ainoastaan) Suomi\.fi-valtuu/i],
      sv: [/^[^.;:]*Suomi\.fi-fullmakt/, /\b(?:bara|endast) (?:med|genom) Suomi\.fi-fullmakt/i],
    },
    where: 'both',
    catches: {
      en: 'Explain Suomi.fi e-Authorizations for public e-services; banks and insurers have their own powers of attorney.',
      fi: 'Ihminen, johon luotat, voi hoitaa valitsemiasi asioita julkisissa verkkopalveluissa Suomi.fi-valtuuksilla ja omilla tunnuksillaan.',
      sv: 'Förklara Suomi.fi-fullmakter i offentliga e-tjänster; banker och försäkringsbolag har egna fullmakter.',
    },
  },
  {
    name: 'general use of a service: no letter is asked for',
    when: (a) => has(a, 'task', 'general-use'),
    phrases: { en: [/\bletter\b/i], fi: [/\bkirje/i], sv: [/\bbrev/i] },
    where: 'both',
    catches: {
      en: 'This is another organisation’s service: I will show you where it gives advice. Have your letter and questions ready.',
      fi: 'Tämä on toisen organisaation palvelu: näytän, mistä saat siellä neuvoja. Pidä kirje ja kysymyksesi valmiina.',
      sv: 'Det här är en annan organisations tjänst: jag visar var du får råd där. Ha ditt brev och dina frågor till hands.',
    },
  },
  {
    name: 'no e-ID: the customer is not asked to log in or out (where to get a way to log in may be said)',
    when: (a) => has(a, 'identification', 'no-eid'),
    phrases: {
      en: [/(?<!\ba way to )\blog(?:s|ged|ging)?[ -]?(?:in|out)s?\b/i],
      fi: [/kirjau/i, /tunnistau/i],
      sv: [/(?<!\bsätt att )\blogga[rs]?(?: du)? (?:in|ut)\b/i, /inloggning/i],
    },
    where: 'customer',
    catches: {
      en: 'I cannot do it for you in an e-service, but if you can log in, I will guide you.',
      fi: 'Kirjaudu omalla laitteellasi tai asiakkaille tarkoitetulla koneella.',
      sv: 'När du är klar loggar du ut ur de tjänster du använt, och vi tömmer webbläsaren och tar bort dina filer.',
    },
  },
  {
    name: 'no e-ID: Do now offers no guided self-service in an e-service and no login',
    when: (a) => has(a, 'identification', 'no-eid'),
    phrases: {
      en: [/\bguided self-service\b/i, /\bfor any login\b/i],
      fi: [/\bopastusta\b/i, /\bkirjautumiseen\b/i],
      sv: [/\bvägledning\b/i, /\bför inloggning\b/i],
    },
    where: 'action',
    catches: {
      en: 'For any login, the customer uses their own device or a shared customer device.',
      fi: 'Kirjautumiseen asiakas käyttää omaa tai toimipisteen yhteiskäyttöistä laitetta.',
      sv: 'Erbjud vägledning, Suomi.fi-fullmakter eller tjänstens egen pappers-, telefon- eller besöksservice.',
    },
  },
  {
    name: 'an e-ID the customer cannot use: they are not told where to get one (they have one)',
    when: (a) => has(a, 'identification', 'cannot-use'),
    phrases: { en: [/\bget\b[^.]*\bfrom a bank\b/i], fi: [/\bhankkia\b[^.]*\bpankista\b/i], sv: [/\bfå av en bank\b/i] },
    where: 'customer',
    catches: {
      en: 'You can get a way to log in from a bank, a phone company or the police.',
      fi: 'Tunnistusvälineen voit hankkia pankista, puhelinyhtiöstä tai poliisilta.',
      sv: 'Ett sätt att logga in kan du få av en bank, ett telefonbolag eller polisen.',
    },
  },
  {
    name: 'no service, only the device or skills: no service’s own channel, advice or e-service is named',
    when: (a) => has(a, 'owner', 'none'),
    phrases: {
      en: [/\bthe service(?:’s|'s) own\b/i, /\bthe service itself\b/i, /\bits advice channel\b/i, /\bfor you in an e-service\b/i],
      fi: [/\bpalvelun om(?:a|aa|an)\b/i, /\bpalvelu itse\b/i, /\bpuolestasi verkkopalvelussa\b/i],
      sv: [/\btjänstens (?:egen|eget|rådgivning)\b/i, /\btjänsten själv\b/i, /(?<!\p{L})åt dig i en e-tjänst/iu],
    },
    where: 'both',
    catches: {
      en: 'I can help you use your device and find the right service; the service itself advises on your matter.',
      fi: 'Tarjoa opastusta, Suomi.fi-valtuuksia tai palvelun omaa paperi-, puhelin- tai käyntiasiointia.',
      sv: 'Jag kan inte sköta det åt dig i en e-tjänst, men om du kan logga in vägleder jag dig.',
    },
  },
  {
    name: 'remote support (phone, chat, screen sharing): nothing at the support point is offered as if the customer were there',
    when: (a) => has(a, 'circumstances', 'remote'),
    phrases: {
      en: [/\bour customer computer\b/i, /\bthis shared computer\b/i, /\bor a shared customer device\b/i],
      fi: [/\basiakaskonettamme\b/i, /\btätä yhteistä tietokonetta\b/i, /\btoimipisteen yhteiskäyttöistä laitetta\b/i],
      sv: [/\bvår kunddator\b/i, /\bden här gemensamma datorn\b/i, /\bdelad kunddator\b/i],
    },
    where: 'both',
    catches: {
      en: 'If you log in, please use your own device or our customer computer, so nothing of yours stays on my work device.',
      fi: 'Voit käyttää tätä yhteistä tietokonetta.',
      sv: 'För inloggning använder kunden sin egen enhet eller en delad kunddator.',
    },
  },
  {
    name: 'capacity: the customer texts do not judge the customer’s understanding or memory',
    when: (a) => has(a, 'circumstances', 'capacity'),
    phrases: { en: [/\bunderstand/i, /\bmemory\b/i, /\bconfus/i], fi: [/\bymmärr/i, /\bmuisti/i], sv: [/\bförstå/i, /\bminne\b/i] },
    where: 'customer',
    catches: {
      en: 'It is important that you understand them well, so we will not do them now.',
      fi: 'On tärkeää, että ymmärrät nämä asiat hyvin, joten emme tee niitä nyt.',
      sv: 'Det är viktigt att du förstår dem väl, så vi väntar med dem nu.',
    },
  },
];

const index = indexTree(tree);
/** Enumerated once (about 3 s) and shared by the tests below. */
const paths = enumeratePaths(tree);

/** The first phrase of `rule` in `locale` that `text` contains, memoised: most walks share their lines. */
const seen = new Map<string, string | null>();
function offending(rule: number, locale: Locale, text: string): string | null {
  const key = `${rule}\u0000${locale}\u0000${text}`;
  if (!seen.has(key)) seen.set(key, RULES[rule]!.phrases[locale].find((phrase) => phrase.test(text))?.source ?? null);
  return seen.get(key)!;
}

describe('the default tree reads as one plan on every walk', { timeout: 120_000 }, () => {
  it('has rules whose phrases catch their examples and whose walks exist', () => {
    const problems: string[] = [];
    for (const rule of RULES) {
      for (const locale of LOCALES) if (!rule.phrases[locale].some((phrase) => phrase.test(rule.catches[locale]))) problems.push(`${rule.name} (${locale}): no phrase catches "${rule.catches[locale]}"`);
      if (!paths.some((p) => rule.when(p.answers))) problems.push(`${rule.name}: no walk`);
    }
    expect(problems).toEqual([]);
  });

  it('uses each variant on some walk that recommends its course (none is shadowed by an earlier one), and each course’s own text on some', () => {
    const used = new Set<string>();
    for (const p of paths) for (const id of p.outcomes) used.add(`${id}/${outcomeReading(tree, index.outcomes.get(id)!, 'en', p.path, p.answers).variant ?? ''}`);
    const unused = tree.outcomes.flatMap((o) => ['', ...(o.variants ?? []).map((v) => v.id)].map((v) => `${o.id}/${v}`)).filter((key) => !used.has(key));
    expect(unused).toEqual([]);
  });

  it('keeps every reading short: an English action line of at most 15 words, a customer text of one or two sentences', () => {
    const problems: string[] = [];
    for (const o of tree.outcomes) {
      const own = tree.text.en!.outcomes[o.id]!;
      for (const [name, text] of [['', own] as const, ...Object.entries(own.variants ?? {})]) {
        const at = `${o.id}${name ? `/${name}` : ''}`;
        if (text.action !== undefined && text.action.split(/\s+/).length > 15) problems.push(`${at}: action of ${text.action.split(/\s+/).length} words`);
        for (const locale of LOCALES) {
          const customer = (name ? tree.text[locale]!.outcomes[o.id]!.variants?.[name] : tree.text[locale]!.outcomes[o.id])?.customer;
          if (customer !== undefined && customer.split(/(?<=[.!?])\s+(?=\S)/u).length > 2) problems.push(`${at} (${locale}): customer text of more than two sentences`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(LOCALES)('says nothing that contradicts the walk’s answers, in %s', (locale) => {
    const found = new Map<string, { count: number; walks: string[] }>();
    const never = tree.text[locale]!.never ?? {};
    for (const p of paths) {
      const rules = RULES.flatMap((rule, i) => (rule.when(p.answers) ? [i] : []));
      if (rules.length === 0) continue;
      const action: string[] = [];
      const customer: string[] = [];
      const neverIds = new Set<string>();
      for (const id of p.outcomes) {
        const outcome = index.outcomes.get(id)!;
        const reading = outcomeReading(tree, outcome, locale, p.path, p.answers);
        action.push(reading.action);
        if (reading.customer !== undefined) customer.push(reading.customer);
        for (const item of applicableNever(outcome, p.path, p.answers)) neverIds.add(item);
      }
      for (const item of neverIds) action.push(never[item]!);
      for (const i of rules) {
        const where = RULES[i]!.where;
        const texts = where === 'action' ? action : where === 'customer' ? customer : [...action, ...customer];
        for (const text of texts) {
          const phrase = offending(i, locale, text);
          if (phrase === null) continue;
          const key = `${RULES[i]!.name} [${locale}]: /${phrase}/ in "${text}"`;
          const entry = found.get(key) ?? { count: 0, walks: [] };
          entry.count++;
          if (entry.walks.length < 3) entry.walks.push(JSON.stringify(p.answers));
          found.set(key, entry);
        }
      }
    }
    const problems = [...found].map(([key, { count, walks }]) => `${key}: ${count} walks, e.g.\n    ${walks.join('\n    ')}`);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
