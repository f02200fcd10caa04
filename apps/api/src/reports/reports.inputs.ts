import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs } from '../common/pagination';
import { ProgressStatusName } from '../progress/progress.types';
import { CohortSortField, SortDirection } from './reports.types';

// Query strings carry "true" and "false"; GraphQL variables carry booleans already.
const toBoolean = ({ value }: { value: unknown }) => ({ true: true, false: false })[String(value) as 'true' | 'false'] ?? value;

@InputType()
export class CohortFilter {
  @Field(() => ProgressStatusName, { nullable: true })
  @IsOptional()
  @IsEnum(ProgressStatusName)
  status?: ProgressStatusName;

  @Field({ nullable: true, description: 'Only learners who are (true) or are not (false) eligible for a certificate.' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  eligible?: boolean;

  @Field({ nullable: true, description: 'Part of a name or email.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@InputType()
export class CohortSort {
  @Field(() => CohortSortField, { defaultValue: CohortSortField.NAME })
  @IsEnum(CohortSortField)
  field: CohortSortField = CohortSortField.NAME;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class CohortReportArgs extends PageArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  courseSlug: string;

  @Field(() => CohortFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CohortFilter)
  filter?: CohortFilter;

  @Field(() => CohortSort, { nullable: true, description: 'By name, A to Z, when omitted.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CohortSort)
  sort?: CohortSort;
}

/** The cohort CSV's query string: the report's filter, and `sort` and `direction` as in the report. */
export class CohortCsvQuery extends CohortFilter {
  @IsOptional()
  @IsEnum(CohortSortField)
  sort?: CohortSortField;

  @IsOptional()
  @IsEnum(SortDirection)
  direction?: SortDirection;
}

export class ActivityCsvQuery {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  course?: string;
}

export class EvaluationCsvQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;
}
