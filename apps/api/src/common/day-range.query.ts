import { IsOptional, IsString } from 'class-validator';

/** A download's range of days in its query string, `?from=YYYY-MM-DD&to=YYYY-MM-DD`; the service checks the days. */
export class DayRangeQuery {
  @IsOptional()
  @IsString()
  from?: string;

  @IsOptional()
  @IsString()
  to?: string;
}
