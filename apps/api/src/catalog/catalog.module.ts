import { Module } from '@nestjs/common';
import { CourseResolver } from './catalog.resolver';
import { CatalogService } from './catalog.service';

@Module({ providers: [CatalogService, CourseResolver] })
export class CatalogModule {}
