import { firstNameGender, genderOf, isFirstName } from '../../../src/ingest/gender';

describe('genderOf', () => {
  it('reads a kinship noun before the name or heading its appositive as what the person is', () => {
    expect(genderOf('Maureen Kelleher', 'e was cancer, said his daughter, Maureen Kelleher.')).toBe('female');
    expect(genderOf('Zeb Moss', 'Zeb Moss, her husband of 27 years')).toBe('male');
  });

  it('reads a kinship noun after "his" deeper in the appositive as that man’s relative', () => {
    expect(
      genderOf(
        'Gary Lindqvist',
        'Gary Lindqvist, an accountant from Branford who said his wife had bought the',
      ),
    ).toBe('male');
    expect(genderOf('Zeb Lind', 'Zeb Lind, whose wife works at the port')).toBe(null);
  });

  it('reads a kinship noun after someone’s possessive name as that person’s relative', () => {
    expect(
      genderOf('Zeb Papadakis', 'Zeb Papadakis, who is married to Lambrou’s sister, voted for it.'),
    ).toBe(null);
  });
});

describe('firstNameGender', () => {
  it('reads a Vietnamese name family name first: Thị is a woman’s middle name, Văn a man’s', () => {
    expect(firstNameGender('Nguyễn Thị Hoa')).toBe('female');
    expect(firstNameGender('Tran Van Minh')).toBe('male');
    expect(firstNameGender('Lê Quang Đức')).toBe(null);
    expect(isFirstName('Nguyễn Thị Hoa')).toBe(false);
    // An American first name before the family name is read as usual.
    expect(firstNameGender('Kathy Nguyen')).toBe('female');
  });
});
