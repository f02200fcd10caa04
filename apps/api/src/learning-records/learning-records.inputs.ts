import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class LearningRecordStoreInput {
  @Field({ description: "The LRS's xAPI address, like https://lrs.hospital.example.org/xapi/." })
  @IsString()
  @MaxLength(500)
  endpoint: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'Enter the key the LRS gave you.' })
  @MaxLength(200)
  authKey: string;

  @Field(() => String, { nullable: true, description: 'Required the first time; leave out to keep the stored one.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  authSecret?: string | null;

  @Field({ defaultValue: true })
  @IsBoolean()
  enabled: boolean;
}
