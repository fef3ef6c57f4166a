import type { Room, SessionFormat, SessionLanguage } from '@campgrid/shared';

export const DEMO_SLUG = 'nextcamp-demo';
export const DEMO_TITLE = 'NExTcamp Demo';
export const DEMO_TIMEZONE = 'Europe/Berlin';

export const DEMO_ROOMS: Room[] = [
  {
    id: 'plenarsaal',
    name: 'Plenarsaal',
    capacity: 120,
    features: ['Beamer', 'Barrierefreier Zugang'],
    full: false,
  },
  {
    id: 'spree',
    name: 'Raum Spree',
    capacity: 40,
    features: ['Beamer', 'Barrierefreier Zugang'],
    full: false,
  },
  { id: 'havel', name: 'Raum Havel', capacity: 30, features: ['Beamer'], full: false },
  { id: 'elbe', name: 'Raum Elbe', capacity: 25, features: ['Barrierefreier Zugang'], full: false },
  {
    id: 'werkstatt',
    name: 'Werkstatt',
    capacity: 20,
    features: ['Moderationskoffer', 'Barrierefreier Zugang'],
    full: false,
  },
  { id: 'lounge', name: 'Lounge', capacity: 15, features: [], full: false },
];

export const DEMO_PARTICIPANTS: readonly string[] = [
  'Anna Schmidt',
  'Jonas Weber',
  'Leonie Fischer',
  'Mehmet Yılmaz',
  'Sophie Wagner',
  'Lukas Becker',
  'Fatima Haddad',
  'Tobias Hoffmann',
  'Clara Schulz',
  'Felix Neumann',
  'Hannah Krüger',
  'Daniel Braun',
  'Marie Zimmermann',
  'Paul Hartmann',
  'Lena Wolf',
];

export interface DemoPitch {
  title: string;
  description: string;
  format: SessionFormat;
  language: SessionLanguage;
  tags: string[];
  /** Index into DEMO_PARTICIPANTS: who pitches it (the first host). */
  pitcher: number;
  /** A second host by name, as a pitcher would type it. */
  coHost?: string;
  /** How many participants vote for it. */
  votes: number;
}

export const DEMO_PITCHES: readonly DemoPitch[] = [
  {
    title: 'OZG 2.0: Was kommt nach dem Onlinezugangsgesetz?',
    description:
      'Ende-zu-Ende-Digitalisierung statt Online-Formular vor dem Papierprozess: Was ändert sich mit dem OZG-Änderungsgesetz, und was heißt das für Kommunen?',
    format: 'discussion',
    language: 'de',
    tags: ['OZG', 'Kommunen'],
    pitcher: 0,
    votes: 14,
  },
  {
    title: 'Open Source in der Verwaltung',
    description:
      'Erfahrungen mit openDesk, ZenDiS und eigenen Repositories: Wie kommen Behörden vom Lizenzkauf zum Mitentwickeln?',
    format: 'discussion',
    language: 'de',
    tags: ['Open Source', 'Souveränität'],
    pitcher: 1,
    votes: 13,
  },
  {
    title: 'KI-Assistenten im Bürgerservice',
    description:
      'Chatbots und Sprachmodelle an der Hotline 115: Wo helfen sie wirklich, wo wird es heikel, und wie bleibt der Mensch verantwortlich?',
    format: 'talk',
    language: 'de',
    tags: ['KI', 'Bürgerservice'],
    pitcher: 2,
    votes: 12,
  },
  {
    title: 'Barrierefreiheit nach BITV 2.0',
    description:
      'Prüfschritte, typische Fehler und wie man Barrierefreiheit von Anfang an in Ausschreibungen und Sprints einplant.',
    format: 'workshop',
    language: 'de',
    tags: ['Barrierefreiheit', 'BITV'],
    pitcher: 3,
    coHost: 'Jana Roth',
    votes: 11,
  },
  {
    title: 'Registermodernisierung: Once-Only in der Praxis',
    description:
      'Die Bürgerinnen und Bürger geben Daten nur noch einmal an. Wie weit sind wir mit IDNr, NOOTS und den ersten Anwendungsfällen?',
    format: 'talk',
    language: 'de',
    tags: ['Register', 'Once-Only'],
    pitcher: 4,
    votes: 10,
  },
  {
    title: 'Agile Vergabe: Scrum trifft Vergaberecht',
    description:
      'Wie schreibt man agile Softwareentwicklung aus, ohne ein Pflichtenheft mit 400 Seiten? Beispiele, EVB-IT und Stolpersteine.',
    format: 'discussion',
    language: 'de',
    tags: ['Vergabe', 'Agilität'],
    pitcher: 5,
    votes: 9,
  },
  {
    title: 'Digital Sovereignty: Lessons from Schleswig-Holstein',
    description:
      'What it takes to move a state administration from proprietary office suites to open alternatives, told by people who did it.',
    format: 'talk',
    language: 'en',
    tags: ['Open Source', 'Sovereignty'],
    pitcher: 6,
    votes: 9,
  },
  {
    title: 'Design System des Bundes: KERN und Co.',
    description:
      'Gemeinsame Komponenten für Verwaltungsportale: Was gibt es schon, wer pflegt es, und wie kann man beitragen?',
    format: 'workshop',
    language: 'de',
    tags: ['Design', 'UX'],
    pitcher: 7,
    votes: 8,
  },
  {
    title: 'Nutzerzentrierung ohne Budget',
    description:
      'Guerilla-Usability-Tests im Bürgeramt, Interviews in der Mittagspause: kleine Methoden mit großer Wirkung.',
    format: 'workshop',
    language: 'de',
    tags: ['UX', 'Methoden'],
    pitcher: 8,
    votes: 8,
  },
  {
    title: 'EUDI-Wallet: Die digitale Brieftasche kommt',
    description:
      'Die EU verpflichtet ab 2026 zu einer digitalen Identitäts-Wallet. Was bedeutet das für Onlinedienste der Verwaltung?',
    format: 'talk',
    language: 'de',
    tags: ['eID', 'EU'],
    pitcher: 9,
    votes: 7,
  },
  {
    title: 'Cloud first? Die Deutsche Verwaltungscloud',
    description:
      'Zwischen Rechenzentren der Länder, Hyperscalern und souveräner Cloud: Wo steht die Deutsche Verwaltungscloud-Strategie?',
    format: 'discussion',
    language: 'de',
    tags: ['Cloud', 'Infrastruktur'],
    pitcher: 10,
    votes: 7,
  },
  {
    title: 'Open Data: Vom Portal zur Nutzung',
    description:
      'Viele Datensätze, wenig Nutzung. Wie kommen Daten aus GovData in Anwendungen, Journalismus und Forschung?',
    format: 'discussion',
    language: 'de',
    tags: ['Open Data'],
    pitcher: 11,
    votes: 6,
  },
  {
    title: 'Plain Language in Government Letters',
    description:
      'Rewriting a tax office letter live: how clear language cuts call-centre load and helps everyone, not only non-native speakers.',
    format: 'workshop',
    language: 'en',
    tags: ['Sprache', 'Plain Language'],
    pitcher: 12,
    votes: 6,
  },
  {
    title: 'Informationssicherheit: IT-Grundschutz pragmatisch',
    description:
      'BSI-Grundschutz ohne Papiertiger: Wie kleine Kommunen mit wenig Personal ein tragfähiges ISMS aufbauen.',
    format: 'talk',
    language: 'de',
    tags: ['Sicherheit', 'BSI'],
    pitcher: 13,
    votes: 6,
  },
  {
    title: 'Fachkräfte gewinnen: Tech-Talente für den Staat',
    description:
      'Tech4Germany, DigitalService und Fellowships: Was macht den öffentlichen Dienst für Entwicklerinnen attraktiv, und was schreckt ab?',
    format: 'discussion',
    language: 'de',
    tags: ['Personal', 'Kultur'],
    pitcher: 14,
    votes: 5,
  },
  {
    title: 'Low-Code in Behörden: Chance oder Schatten-IT?',
    description:
      'Fachbereiche bauen sich ihre Anwendungen selbst. Wie sieht gute Governance aus, ohne die Kreativität abzuwürgen?',
    format: 'discussion',
    language: 'de',
    tags: ['Low-Code', 'Governance'],
    pitcher: 0,
    votes: 5,
  },
  {
    title: 'Digitale Beteiligung: Bürgerhaushalte online',
    description:
      'Von Consul bis Decidim: Werkzeuge für Online-Beteiligung im Vergleich, mit Erfahrungen aus drei Städten.',
    format: 'talk',
    language: 'de',
    tags: ['Beteiligung', 'Open Source'],
    pitcher: 1,
    votes: 5,
  },
  {
    title: 'E-Akte: Einführung ohne Frust',
    description:
      'Change-Management bei der Einführung der E-Akte: Was wir anders machen würden, wenn wir noch einmal anfangen könnten.',
    format: 'discussion',
    language: 'de',
    tags: ['E-Akte', 'Change'],
    pitcher: 2,
    votes: 4,
  },
  {
    title: 'Data Labs in Ministries',
    description:
      'The federal ministries have set up data labs. What do they actually work on, and how do they share code and results?',
    format: 'talk',
    language: 'en',
    tags: ['Daten', 'Data Science'],
    pitcher: 3,
    votes: 4,
  },
  {
    title: 'Gesetze digitaltauglich machen: Der Digitalcheck',
    description:
      'Wie der Digitalcheck schon beim Gesetzentwurf hilft, und warum Visualisierungen von Regelungen mehr sind als hübsche Bilder.',
    format: 'workshop',
    language: 'de',
    tags: ['Gesetzgebung', 'Digitalcheck'],
    pitcher: 4,
    coHost: 'Tim Köhler',
    votes: 4,
  },
  {
    title: 'API first: Schnittstellen statt Medienbrüche',
    description:
      'XÖV, FIT-Connect und REST: Welche Standards tragen, und wie dokumentiert man APIs so, dass andere sie nutzen?',
    format: 'talk',
    language: 'de',
    tags: ['APIs', 'Standards'],
    pitcher: 5,
    votes: 3,
  },
  {
    title: 'Nachhaltige IT im öffentlichen Sektor',
    description:
      'Green IT in Rechenzentren und bei der Beschaffung: Kennzahlen, Blauer Engel für Software und schnelle Gewinne.',
    format: 'discussion',
    language: 'de',
    tags: ['Nachhaltigkeit'],
    pitcher: 6,
    votes: 3,
  },
  {
    title: 'Scheitern erlaubt: Fuckup-Session Verwaltungsdigitalisierung',
    description:
      'Projekte, die nicht geklappt haben, und was wir daraus gelernt haben. Es gilt die Chatham House Rule.',
    format: 'other',
    language: 'de',
    tags: ['Kultur', 'Lernen'],
    pitcher: 7,
    votes: 3,
  },
  {
    title: 'Remote-Arbeit in der Behörde: Was bleibt?',
    description:
      'Nach den Pandemiejahren: Welche Werkzeuge, Regeln und Rituale für verteilte Teams haben sich bewährt?',
    format: 'discussion',
    language: 'de',
    tags: ['Arbeitskultur'],
    pitcher: 8,
    votes: 2,
  },
  {
    title: 'Mapping Public Services with Open Street Map',
    description:
      'Hands-on: putting citizen offices, opening hours and accessibility information on the map, with open tools only.',
    format: 'workshop',
    language: 'en',
    tags: ['Open Data', 'Geodaten'],
    pitcher: 9,
    votes: 2,
  },
];

/**
 * Cells for the best-voted pitches, most votes first: [session slot index in time order, room].
 * The biggest rooms go to the most wanted sessions; the last slots stay open for the moderator.
 */
export const DEMO_PLACEMENTS: ReadonlyArray<readonly [number, string]> = [
  [0, 'plenarsaal'],
  [0, 'spree'],
  [0, 'havel'],
  [1, 'plenarsaal'],
  [1, 'spree'],
  [2, 'plenarsaal'],
  [2, 'havel'],
  [3, 'elbe'],
];
