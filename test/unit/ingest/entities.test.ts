import { ArticleState, Linker, resolvePronoun } from '../../../src/ingest/entities';
import { knowledge } from './knowledge';

const link = (phrase: string, date: string | null = '2024-03-01', state = new ArticleState()) =>
  new Linker(knowledge, date).linkPhrase(phrase, state, 1000, 1);

/** Tom Reyes named as a speaker early in paragraph 1. */
const reyesNamed = {
  ref: {
    name: 'Tom Reyes',
    id: 'tom-reyes',
    isNew: false,
    type: 'PERSON' as const,
    link: 'name' as const,
    role: null,
  },
  at: 10,
  paragraph: 1,
  gender: 'male' as const,
  salient: true,
};

describe('Linker.linkPhrase', () => {
  it('links a full name, an alias and a surname', () => {
    expect(link('Ana Lima').speaker?.id).toBe('ana-lima');
    expect(link('DWA').speaker?.id).toBe('dock-workers');
    expect(link('Reyes').speaker?.id).toBe('tom-reyes');
  });

  it('leaves a hyphenated title out of a new person’s name, and keeps "co-host" a title', () => {
    expect(link('Secretary-Treasurer Harold Okafor').speaker).toMatchObject({
      name: 'Harold Okafor',
      isNew: true,
    });
    expect(link('Co-host Rita Moss').speaker).toMatchObject({ name: 'Rita Moss', isNew: true });
  });

  it('takes a business’s name ("Capitol Deli", "Harbor View Diner") for no person', () => {
    expect(link('Capitol Deli').speaker).toBeNull();
    expect(link('Harbor View Diner').speaker).toBeNull();
    expect(link('Rita Moss').speaker).toMatchObject({ name: 'Rita Moss', isNew: true });
  });

  it('makes no new person of a letter label and a function word ("A. The administration")', () => {
    expect(link('A. The administration').speaker).toBeNull();
    expect(link('Rita A. Moss').speaker).toMatchObject({ name: 'Rita A. Moss', isNew: true });
  });

  it('takes the speaker, not a name in a possessive or after a preposition', () => {
    expect(link("Lima's adviser Tom Reyes").speaker?.id).toBe('tom-reyes');
    expect(link('Tom Reyes, in a letter to Ana Lima').speaker?.id).toBe('tom-reyes');
  });

  it('knows a name in its possessive form: an organization speaking through its leaders, a principal', () => {
    expect(link("DWA's leadership").speaker?.id).toBe('dock-workers');
    expect(link("the DWA's leaders on Monday").speaker?.id).toBe('dock-workers');
    // "Lima’s spokesman Kim Park": Park speaks for the office Lima holds.
    const linker = new Linker(knowledge, '2024-03-01');
    const found = linker.linkPhrase('Lima’s spokesman Kim Park', new ArticleState(), 0, 1);
    expect(found.speaker?.id).toBe('kim-park');
    expect(linker.onBehalfOf(found, 'Lima’s spokesman Kim Park')?.id).toBe('city-hall');
    // The possessive is still no speaker of its own.
    expect(link("Reyes's lease plan").speaker).toBeNull();
  });

  it('gives the words of two spokesmen named together to the organization they speak for', () => {
    expect(link('DWA spokesmen Tom Reyes and Kim Park').speaker?.id).toBe('dock-workers');
    // One spokesman, or two people with no organization, or two not speaking together.
    expect(link('DWA spokesman Tom Reyes').speaker?.id).toBe('tom-reyes');
    expect(link('Tom Reyes and Kim Park').speaker?.id).toBe('tom-reyes');
    expect(link('DWA spokesmen Tom Reyes, with Kim Park').speaker?.id).toBe('tom-reyes');
  });

  it('resolves "the alliance’s spokesman" to the holder of that title there whom the article named', () => {
    const state = new ArticleState();
    expect(link('the alliance’s spokesman', '2024-03-01', state).speaker?.link).not.toBe('title-in-article');
    state.add(reyesNamed);
    const linked = link('Reached later, the alliance’s spokesman', '2024-03-01', state);
    expect(linked.speaker).toMatchObject({ id: 'tom-reyes', link: 'title-in-article' });
    expect(linked.organizations.map((o) => o.id)).toEqual(['dock-workers']);
    // Another organization's title, or a title he does not hold: not him.
    expect(link('the port’s spokesman', '2024-03-01', state).speaker?.id).not.toBe('tom-reyes');
    expect(link('the alliance’s president', '2024-03-01', state).speaker?.id).not.toBe('tom-reyes');
  });

  it('proposes no person for a quantified group or a program, and knows a party’s members by its alias', () => {
    expect(link('Several Neighbors').speaker).toBeNull();
    expect(link('the Harbor Enhancement Program').speaker).toBeNull();
    const withParty = {
      ...knowledge,
      stakeholders: [
        ...knowledge.stakeholders,
        { id: 'green-party', name: 'Green Party', aliases: ['Green'], type: 'ORGANIZATION' as const },
      ],
    };
    const party = (phrase: string) =>
      new Linker(withParty, '2024-03-01').linkPhrase(phrase, new ArticleState(), 1000, 1).speaker?.id;
    expect(party('Several Greens')).toBe('green-party');
    expect(party('The Green')).toBe('green-party');
  });

  it('resolves a title to whoever held it at the article date', () => {
    expect(link('the mayor', '2024-03-01').speaker?.id).toBe('ana-lima');
    expect(link('the mayor', '2015-06-01').speaker?.id).toBe('kim-park');
  });

  it('proposes an unknown person as new, with the title and organization of the appositive', () => {
    const found = link('Rosa Delgado, vice president of the Dock Workers Alliance');
    expect(found.speaker).toMatchObject({ name: 'Rosa Delgado', id: null, isNew: true });
    expect(found.speaker?.role).toEqual({
      title: 'vice president',
      organizationId: 'dock-workers',
      organizationName: 'Dock Workers Alliance',
    });
  });

  it('keeps the number of an unknown organization’s name', () => {
    expect(link('Sam Okafor, a steward with Teamsters Local 559').speaker?.role).toEqual({
      title: 'steward',
      organizationId: null,
      organizationName: 'Teamsters Local 559',
    });
  });

  it('takes no place for an organization, and a known organization in the appositive', () => {
    expect(link('Rosa Delgado, a crane operator in Harborview').speaker?.role).toEqual({
      title: 'crane operator in Harborview',
      organizationId: null,
      organizationName: null,
    });
    expect(link('Rosa Delgado, a DWA steward').speaker?.role).toMatchObject({
      organizationId: 'dock-workers',
    });
  });

  it('never proposes a known person as new', () => {
    expect(link('Mayor Ana Lima').speaker).toMatchObject({ id: 'ana-lima', isNew: false });
  });

  it('links an organization as the speaker when no person is named', () => {
    expect(link("the mayor's office").speaker?.id).toBe('city-hall');
  });

  it('resolves a pronoun to the latest compatible speaker, and leaves it when there is none', () => {
    const state = new ArticleState();
    state.add(reyesNamed);
    state.add({
      ref: { name: 'Ana Lima', id: 'ana-lima', isNew: false, type: 'PERSON', link: 'name', role: null },
      at: 20,
      paragraph: 1,
      gender: 'female',
      salient: true,
    });
    expect(link('he', null, state).speaker?.id).toBe('tom-reyes');
    expect(link('she', null, state).speaker?.id).toBe('ana-lima');
    expect(link('he', null, new ArticleState()).speaker).toBeNull();
  });

  it('names the organization a spokesman speaks for', () => {
    const linker = new Linker(knowledge, null);
    const phrase = 'DWA spokesman Tom Reyes';
    const found = linker.linkPhrase(phrase, new ArticleState(), 0, 1);
    expect(linker.onBehalfOf(found, phrase)?.id).toBe('dock-workers');
    const plain = linker.linkPhrase('Ana Lima', new ArticleState(), 0, 1);
    expect(linker.onBehalfOf(plain, 'Ana Lima')).toBeNull();
  });
});

describe('resolvePronoun', () => {
  it('never takes for "he" a person whose first name says she is a woman, though the article has not said so', () => {
    const state = new ArticleState();
    const rita = { ...reyesNamed.ref, name: 'Rita Moss', id: null, isNew: true };
    state.add({ ref: rita, at: 10, paragraph: 1, gender: null, salient: true });
    expect(resolvePronoun(state, 'male', 200, 2)).toBeNull();
    expect(resolvePronoun(state, 'female', 200, 2)?.ref.name).toBe('Rita Moss');
  });
});
