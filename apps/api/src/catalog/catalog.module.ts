import { Module } from '@nestjs/common';
import { CourseModuleResolver, CourseResolver } from './catalog.resolver';
import { CatalogService } from './catalog.service';

@Module({ providers: [CatalogService, CourseResolver, CourseModuleResolver] })
export class CatalogModule {}
