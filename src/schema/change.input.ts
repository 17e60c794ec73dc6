import { Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

export const NOT_BLANK = /\S/;
export const MAX_NAME = 200;
export const MAX_TEXT = 2000;

/** What every mutation's input carries: why the change is made, for the audit log. */
@InputType()
export class ChangeInput {
  @Field(() => String, { description: 'Why you make this change, for the audit log (1–2000 characters).' })
  @Matches(NOT_BLANK, { message: 'reason must say why the change is made (it goes into the audit log)' })
  @MaxLength(MAX_TEXT)
  reason!: string;
}
